import { StatusPage } from "@/components/ui/status-page";
import { commonText } from "@/lib/i18n/common";

const t = commonText.status.forbidden;

export default function Forbidden() {
  return (
    <StatusPage code="403" title={t.title}>
      <p>{t.body}</p>
    </StatusPage>
  );
}

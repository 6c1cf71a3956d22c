import { StatusPage } from "@/components/ui/status-page";
import { commonText } from "@/lib/i18n/common";

const t = commonText.status.notFound;

export default function NotFound() {
  return (
    <StatusPage code="404" title={t.title}>
      <p>{t.body}</p>
    </StatusPage>
  );
}

import { LinkButton } from "./button";
import { commonText } from "@/lib/i18n/common";

/** Shared body of the 403/404/500 pages: a title, one sentence and a way back. */
export function StatusPage({ code, title, children }: { code: string; title: string; children?: React.ReactNode }) {
  return (
    <main id="konten" className="mx-auto max-w-lg px-4 py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">{code}</p>
      <h1 className="mt-2 text-2xl font-bold">{title}</h1>
      <div className="mt-3 text-slate-600">{children}</div>
      <LinkButton href="/" className="mt-6">
        {commonText.status.backHome}
      </LinkButton>
    </main>
  );
}

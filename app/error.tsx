"use client";

import { StatusPage } from "@/components/ui/status-page";
import { buttonClass } from "@/components/ui/button";
import { commonText } from "@/lib/i18n/common";

const t = commonText.status.error;

/** No stack trace or SQL reaches the browser: only Next's digest, which is the id of the server log line about
 * this error (instrumentation.ts onRequestError, lib/log.ts). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <StatusPage code="500" title={t.title}>
      <p>{t.body}</p>
      {error.digest ? (
        <p className="mt-2 text-sm">
          {t.digest} <code>{error.digest}</code>
        </p>
      ) : null}
      <button type="button" onClick={reset} className={buttonClass("secondary", "mt-4")}>
        {t.retry}
      </button>
    </StatusPage>
  );
}

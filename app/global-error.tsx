"use client";

import { commonText } from "@/lib/i18n/common";

const t = commonText.status.error;

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="id">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", textAlign: "center" }}>
        <h1>{t.title}</h1>
        <p>{t.body}</p>
        {error.digest ? (
          <p>
            {t.digest} {error.digest}
          </p>
        ) : null}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the app shell is broken here; a full reload is the point */}
        <a href="/">{commonText.status.backHome}</a>
      </body>
    </html>
  );
}

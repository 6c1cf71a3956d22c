"use client";

import { StatusPage } from "@/components/ui/status-page";
import { buttonClass } from "@/components/ui/button";

/** No stack trace or SQL reaches the browser: only Next's digest, which is also in the server log. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <StatusPage code="500" title="Terjadi kesalahan">
      <p>Maaf, server gagal memproses permintaan ini. Coba lagi beberapa saat lagi.</p>
      {error.digest ? <p className="mt-2 text-sm">Kode kesalahan: <code>{error.digest}</code></p> : null}
      <button type="button" onClick={reset} className={buttonClass("secondary", "mt-4")}>
        Coba lagi
      </button>
    </StatusPage>
  );
}

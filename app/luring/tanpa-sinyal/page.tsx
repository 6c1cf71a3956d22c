import type { Metadata } from "next";
import { installText } from "@/lib/i18n/install";

export const metadata: Metadata = { title: installText.offlinePage.title, robots: { index: false } };

/** What the service worker answers, with no network, for any address the offline shell cannot show (admin, APBDes,
 * exports…). Public and precached: no personal data. */
export default function NoSignalPage() {
  const t = installText.offlinePage;
  return (
    <main id="konten" data-testid="offline-page" className="mx-auto max-w-xl px-4 py-10">
      <h1 className="text-xl font-semibold">{t.heading}</h1>
      <p className="mt-3">{t.body}</p>
      {/* A plain link, not next/link: a full navigation, which the worker answers with the shell when offline
          (a client-side one would first fetch an RSC payload, which fails). */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
      <a href="/" className="mt-6 inline-block font-medium text-brand-800 underline">
        {t.home}
      </a>
    </main>
  );
}

import type { Metadata } from "next";
import { installText } from "@/lib/i18n/install";

export const metadata: Metadata = { title: installText.shell.title, robots: { index: false } };

/** PLACEHOLDER of the offline app shell (the offline work replaces its content): the service worker precaches this
 * page and answers it for `/`, `/wilayah/<kode>` and its sasaran, pemantauan and scorecard pages when there is no
 * network. It must never hold personal data: it is public (auth.config.ts) and cached for every user of the
 * browser; the data comes from IndexedDB on the device. */
export default function OfflineShellPage() {
  return (
    <main id="konten" data-testid="offline-shell" className="mx-auto max-w-6xl px-4 py-4">
      <p>{installText.shell.loading}</p>
    </main>
  );
}

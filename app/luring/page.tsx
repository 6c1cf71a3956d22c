import type { Metadata } from "next";
import { OfflineApp } from "./_components/offline-app";
import { offlineText } from "@/lib/i18n/offline";

export const metadata: Metadata = { title: offlineText.shell.metaTitle, robots: { index: false } };

/** The offline shell (docs/offline.md): a page without any data of its own, which the service worker answers for a
 * KPM's desa pages when there is no connection. It reads the URL the cadre opened and renders that page from the
 * desa and the outbox held on the phone. Needs no session: nothing in it comes from the server. */
export default function OfflineShellPage() {
  return <OfflineApp />;
}

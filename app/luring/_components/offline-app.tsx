"use client";

import dynamic from "next/dynamic";
import { offlineText } from "@/lib/i18n/offline";

/** The shell renders only in the browser: everything it shows is on the phone, nothing is in its HTML. */
const Shell = dynamic(() => import("./shell").then((m) => m.Shell), {
  ssr: false,
  loading: () => (
    <p className="p-4" data-testid="offline-loading">
      {offlineText.shell.loading}
    </p>
  ),
});

export function OfflineApp() {
  return (
    <div data-testid="offline-shell">
      <Shell />
    </div>
  );
}

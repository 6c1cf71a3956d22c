"use client";

import { useEffect, useState } from "react";
import { offlineText } from "@/lib/i18n/offline";
import { Shell } from "./shell";

/** The shell renders only in the browser: everything it shows is on the phone, nothing is in its HTML. Imported
 * statically, so every script it needs is named in this page's HTML and the service worker stores it at install
 * (a chunk loaded on demand would be missing without a connection). */
export function OfflineApp() {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return (
    <div data-testid="offline-shell">
      {mounted ? (
        <Shell />
      ) : (
        <p className="p-4" data-testid="offline-loading">
          {offlineText.shell.loading}
        </p>
      )}
    </div>
  );
}

"use client";

import { useSyncExternalStore } from "react";
import { offlineText } from "@/lib/i18n/offline";
import { Shell } from "./shell";

/** The shell renders only in the browser: everything it shows is on the phone, nothing is in its HTML. Imported
 * statically, so every script it needs is named in this page's HTML and the service worker stores it at install
 * (a chunk loaded on demand would be missing without a connection). */
const noSubscription = () => () => undefined;

export function OfflineApp() {
  // true in the browser, false while the server renders: no effect-and-rerender needed.
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
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

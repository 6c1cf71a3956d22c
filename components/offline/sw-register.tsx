"use client";

import { useEffect } from "react";
import { SW_PATH } from "@/lib/offline/sw-routes";

/** Registers the service worker (/sw.js) for a signed-in user, once the page has loaded and the browser is idle, so
 * the worker's downloads (the shell, the WHO tables) never compete with the page's first load. Under `next dev` it
 * registers nothing and removes a worker left by a production build on the same origin: dev chunks are not
 * content-hashed, and a cache-first worker would serve stale code (docs/offline.md, "Service worker"). */
export function ServiceWorkerRegister() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    if (process.env.NODE_ENV !== "production") {
      void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((r) => void r.unregister()));
      return;
    }
    // Safari has no requestIdleCallback: a second after load instead.
    const whenIdle = window.requestIdleCallback as Window["requestIdleCallback"] | undefined;
    let idle = 0;
    const register = () => {
      const run = () => void navigator.serviceWorker.register(SW_PATH, { scope: "/", updateViaCache: "none" });
      idle = whenIdle ? whenIdle(run, { timeout: 5000 }) : window.setTimeout(run, 1000);
    };
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
    return () => {
      window.removeEventListener("load", register);
      if (whenIdle) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, []);
  return null;
}

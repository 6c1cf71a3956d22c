import type { MetadataRoute } from "next";
import { installText } from "@/lib/i18n/install";

/** /manifest.webmanifest: Tumbuh as an installed app. `/` sends each user to their home (a KPM: their desa), and
 * offline the service worker answers it with the shell. Public (auth.config.ts), precached by the worker. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: installText.manifest.name,
    short_name: installText.manifest.shortName,
    description: installText.manifest.description,
    lang: "id",
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    // The header green of the app (app/layout.tsx viewport.themeColor); white behind the splash icon.
    theme_color: "#17643a",
    background_color: "#ffffff",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}

import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { commonText } from "@/lib/i18n/common";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: commonText.app.name, template: commonText.app.titleTemplate },
  description: commonText.app.description,
  // app/manifest.ts is linked by Next itself; iOS reads its home-screen icon from this link instead.
  icons: { apple: "/icons/apple-touch-icon.png" },
  appleWebApp: { capable: true, title: commonText.app.name, statusBarStyle: "default" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#17643a" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request so Next can put this request's CSP nonce (proxy.ts) on its scripts;
  // a page prerendered at build time would carry no nonce and its scripts would be blocked.
  await connection();
  return (
    <html lang="id">
      <body className="min-h-screen font-sans">
        <a
          href="#konten"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {commonText.app.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}

/** Copy of the installable app and the service worker's pages: the web app manifest (app/manifest.ts), the page
 * for addresses that need a connection (app/luring/tanpa-sinyal). The offline shell's copy is lib/i18n/offline.ts. */
export const installText = {
  manifest: {
    name: "Tumbuh — Pemantauan Stunting Desa",
    shortName: "Tumbuh",
    description: "Catat pemantauan bulanan sasaran desa, juga tanpa sinyal.",
  },
  offlinePage: {
    title: "Tanpa sinyal",
    heading: "Halaman ini perlu sambungan internet",
    body: "Periksa sinyal atau data seluler, lalu muat ulang halaman. Pencatatan desa tetap bisa dibuka tanpa sinyal.",
    home: "Ke beranda desa",
  },
} as const;

"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="id">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", textAlign: "center" }}>
        <h1>Terjadi kesalahan</h1>
        <p>Maaf, server gagal memproses permintaan ini. Coba lagi beberapa saat lagi.</p>
        {error.digest ? <p>Kode kesalahan: {error.digest}</p> : null}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the app shell is broken here; a full reload is the point */}
        <a href="/">Kembali ke beranda</a>
      </body>
    </html>
  );
}

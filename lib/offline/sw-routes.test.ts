import { describe, expect, it } from "vitest";
import {
  isCacheable,
  isImmutableStatic,
  isShellPath,
  isWhoTables,
  OFFLINE_PAGE_PATH,
  offlineFallbackFor,
  SHELL_PATH,
  staticAssetsIn,
} from "./sw-routes";

const origin = "https://tumbuh.example";
const url = (path: string) => new URL(path, origin);

describe("which addresses the offline shell answers", () => {
  it.each([
    "/",
    "/wilayah/19.05.01.2004",
    "/wilayah/19.05.01.2004/",
    "/wilayah/19.05.01.2004/sasaran",
    "/wilayah/19.05.01.2004/sasaran/123",
    "/wilayah/19.05.01.2004/sasaran/baru",
    "/wilayah/19.05.01.2004/pemantauan",
    "/wilayah/19.05.01.2004/pemantauan/55",
    "/wilayah/19.05.01.2004/scorecard",
    "/wilayah/19.05",
  ])("%s → the shell", (path) => {
    expect(isShellPath(path)).toBe(true);
    expect(offlineFallbackFor(path)).toBe(SHELL_PATH);
  });

  it.each([
    "/login",
    "/admin/pengguna",
    "/akun/kata-sandi",
    "/wilayah",
    "/wilayah/abc",
    "/wilayah/19.05.01.2004/apbdes",
    "/wilayah/19.05.01.2004/kegiatan",
    "/wilayah/19.05.01.2004/sasaranx",
    "/wilayah/19.05.01.2004/sasaran/ekspor",
    "/wilayah/19.05.01.2004/scorecard/ekspor",
    "/wilayah/19.05.01.2004/apbdes/templat",
    "/wilayah/19.05.01.2004/dasbor-ekspor",
    "/api/luring/data",
    "/luring/x",
  ])("%s → the offline page", (path) => {
    expect(isShellPath(path)).toBe(false);
    expect(offlineFallbackFor(path)).toBe(OFFLINE_PAGE_PATH);
  });
});

describe("what the worker may store", () => {
  it.each([
    "/_next/static/chunks/0a1b2c.js",
    "/_next/static/chunks/app.css?dpl=abc",
    "/_next/static/media/font.woff2",
    "/luring",
    "/luring?__WB_REVISION__=1234",
    "/luring/tanpa-sinyal",
    "/api/luring/who",
    "/manifest.webmanifest",
    "/icons/icon-192.png",
  ])("%s may be cached", (path) => expect(isCacheable(url(path), origin)).toBe(true));

  it.each([
    "/",
    "/login",
    "/wilayah/19.05.01.2004",
    "/wilayah/19.05.01.2004/pemantauan?_rsc=abc",
    "/wilayah/19.05.01.2004/sasaran/ekspor",
    "/luring?halaman=sasaran",
    "/api/luring/data",
    "/api/luring/kirim",
    "/api/luring/who?desa=19.05",
    "/api/auth/session",
    "/icons/../api/x.png",
    "/sw.js",
    "https://elsewhere.example/_next/static/chunks/a.js",
  ])("%s is never cached", (path) => expect(isCacheable(url(path), origin)).toBe(false));

  it("serves build files and the WHO tables cache-first, same origin only", () => {
    expect(isImmutableStatic(url("/_next/static/chunks/a.js"), origin)).toBe(true);
    expect(isImmutableStatic(url("/_next/image?url=x"), origin)).toBe(false);
    expect(isImmutableStatic(new URL("https://cdn.example/_next/static/a.js"), origin)).toBe(false);
    expect(isWhoTables(url("/api/luring/who"), origin)).toBe(true);
    expect(isWhoTables(url("/api/luring/data"), origin)).toBe(false);
  });
});

describe("the build files a page names", () => {
  it("finds scripts, stylesheets, fonts and the chunks inside the RSC payload, once each", () => {
    const html = `<link rel="stylesheet" href="/_next/static/chunks/a.css?dpl=x&amp;y=1" data-precedence="next"/>
      <link rel="preload" href="/_next/static/media/f.woff2" as="font"/>
      <script src="/_next/static/chunks/b.js" async=""></script><script src="/_next/static/chunks/b.js"></script>
      <script>self.__next_f.push([1,"2:I[123,[\\"/_next/static/chunks/c.js\\"],\\"Shell\\"]"])</script>
      <a href="/wilayah/19.05">x</a>`;
    expect(staticAssetsIn(html)).toEqual([
      "/_next/static/chunks/a.css?dpl=x&y=1",
      "/_next/static/chunks/b.js",
      "/_next/static/chunks/c.js",
      "/_next/static/media/f.woff2",
    ]);
  });
});

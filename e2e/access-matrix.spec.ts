import fs from "node:fs";
import path from "node:path";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { login } from "./fixtures";
import { SECTION_KEYS, SECTIONS, sectionAt, type SectionKey } from "@/lib/sections";
import { DEMO_USER_BY_ROLE } from "@/db/seed/demo-accounts";

/**
 * THE ACCESS MATRIX, pages half (server actions: tests/db/access-matrix.test.ts).
 *
 * Every page route (page.tsx) and route handler (route.ts) under app/ has a row below; a new route without a row
 * fails "has a row for every route". Each row is requested over HTTP, without following redirects, with the
 * session of each role (signed in once per role through the login form; the storage state is reused) and
 * without one, on:
 *   in    — a region inside the user's scope (desa Air Putih 19.05.01.2004, kecamatan Mentok, kabupaten 19.05): a
 *           route under /wilayah/[kode] is requested on the desa, or on the kecamatan for a section that has no desa
 *           level (lib/sections.ts; tests/db/access-levels.test.ts covers every level);
 *   out   — the same route on a region outside it (Belo Laut for the desa roles, Pelangas / Simpang Teritip for
 *           kecamatan, the province 19 for kabupaten and admin), with that region's records;
 *   cross — the in-scope region with a record id of the out-of-scope desa (IDOR).
 * Expected: 200 shown, 403 forbidden (role lacks the capability), 404 (out of scope: nothing revealed),
 * 307 redirect (to /login when signed out, or onwards), 405 (method not allowed).
 * Locked periods change what a page lets you do, not whether you may open it; the lock is in the action matrix.
 *
 * Adding a route: add one row (codes in the column order of WHO).
 */

const WHO = ["kpm", "perangkat_desa", "kepala_desa", "kecamatan", "kabupaten", "admin", "anon"] as const;
type Who = (typeof WHO)[number];
type Role = Exclude<Who, "anon">;
const ROLES = WHO.filter((w): w is Role => w !== "anon");

const USERS = DEMO_USER_BY_ROLE;

const AIR_PUTIH = "19.05.01.2004";
const BELO_LAUT = "19.05.01.2006";
const PELANGAS = "19.05.02.2001";
const NONE = "2147483000"; // an id that exists nowhere

/** Where a request goes: region codes and record ids for one role and context. */
type Target = {
  desa: string;
  kec: string;
  kab: string;
  sasaran: string;
  kegiatan: string;
  baris: string;
  pelatihan: string;
  posyandu: string;
  user: string;
};
type Row = { route: string; url: (t: Target) => string; in: string; out?: string; cross?: string };

const ALL_404 = "404 404 404 404 404 404";

/** `codes` lists the expected status per WHO column (in) or per role (out, cross). */
const row = (route: string, url: Row["url"], inCodes: string, more: { out?: string; cross?: string } = {}): Row => ({
  route,
  url,
  in: inCodes,
  ...more,
});
const W = "/wilayah/[kode]";

/** The section a route under /wilayah/[kode] belongs to: the one whose segment starts it; else the overview. */
function sectionOfRoute(route: string): SectionKey {
  const first = route.slice(W.length + 1).split("/")[0];
  return SECTION_KEYS.find((k) => SECTIONS[k].segment === first) ?? "ringkasan";
}

/** A row under /wilayah/[kode]: `url` gets the path of the region its section is requested on. */
const region = (
  route: string,
  url: (t: Target, at: string) => string,
  inCodes: string,
  more: { cross?: string } = {},
) =>
  row(route, (t) => url(t, `/wilayah/${sectionAt(sectionOfRoute(route), "desa") ? t.desa : t.kec}`), inCodes, {
    out: ALL_404,
    ...more,
  });

//                                                                                   kpm perangkat kades kec kab admin anon
const PAGES: Row[] = [
  row("/login", () => "/login", "307 307 307 307 307 307 200"),
  row("/", () => "/", "307 307 307 307 307 307 307"),
  row("/api/auth/[...nextauth]", () => "/api/auth/session", "200 200 200 200 200 200 200"),
  row("/keluar", () => "/keluar", "405 405 405 405 405 405 307"),
  // Offline capture (docs/offline-sync.md): the desa's data for the KPM of one desa only; signed out, a 401 the phone
  // reads (not a redirect). Sending is a POST only.
  row("/api/luring/data", () => "/api/luring/data", "200 403 403 403 403 403 401"),
  row("/api/luring/kirim", () => "/api/luring/kirim", "405 405 405 405 405 405 405"),
  // The installed app's public files (docs/offline.md): no personal data, the same for everyone, no session needed.
  row("/sw.js", () => "/sw.js", "200 200 200 200 200 200 200"),
  row("/luring", () => "/luring", "200 200 200 200 200 200 200"),
  row("/luring/tanpa-sinyal", () => "/luring/tanpa-sinyal", "200 200 200 200 200 200 200"),
  row("/api/luring/who", () => "/api/luring/who", "200 200 200 200 200 200 200"),
  row("/akun/kata-sandi", () => "/akun/kata-sandi", "200 200 200 200 200 200 307"),
  row("/admin/pengguna", () => "/admin/pengguna", "403 403 403 403 403 200 307"),
  row("/admin/pengguna/baru", () => "/admin/pengguna/baru", "403 403 403 403 403 200 307"),
  row("/admin/pengguna/[id]", (t) => `/admin/pengguna/${t.user}`, "403 403 403 403 403 200 307", {
    out: "403 403 403 403 403 404",
  }),
  row("/admin/audit", () => "/admin/audit", "403 403 403 403 200 200 307"),
  row("/admin/pengaturan", () => "/admin/pengaturan", "403 403 403 403 403 200 307"),

  region(W, (t, at) => at, "200 200 200 200 200 200 307"),
  region(`${W}/sasaran`, (t, at) => `${at}/sasaran`, "200 200 200 200 200 200 307"),
  region(`${W}/sasaran/[id]`, (t, at) => `${at}/sasaran/${t.sasaran}`, "200 200 200 200 200 200 307", {
    cross: ALL_404,
  }),
  region(`${W}/sasaran/[id]/riwayat`, (t, at) => `${at}/sasaran/${t.sasaran}/riwayat`, "200 200 200 200 200 200 307", {
    cross: ALL_404,
  }),
  region(`${W}/sasaran/[id]/ubah`, (t, at) => `${at}/sasaran/${t.sasaran}/ubah`, "200 403 403 403 403 200 307", {
    cross: "404 403 403 403 403 404",
  }),
  region(`${W}/sasaran/baru`, (t, at) => `${at}/sasaran/baru`, "200 403 403 403 403 200 307"),
  region(`${W}/sasaran/rumah-tangga`, (t, at) => `${at}/sasaran/rumah-tangga`, "200 200 200 200 200 200 307"),
  region(`${W}/sasaran/ekspor`, (t, at) => `${at}/sasaran/ekspor`, "200 200 200 200 200 200 307"),
  region(`${W}/sasaran/ekspor-balita`, (t, at) => `${at}/sasaran/ekspor-balita`, "200 200 200 200 200 200 307"),
  region(`${W}/pemantauan`, (t, at) => `${at}/pemantauan`, "200 200 200 200 200 200 307"),
  region(`${W}/pemantauan/ekspor-balita`, (t, at) => `${at}/pemantauan/ekspor-balita`, "200 200 200 200 200 200 307"),
  region(`${W}/pemantauan/[sasaranId]`, (t, at) => `${at}/pemantauan/${t.sasaran}`, "200 200 200 200 200 200 307", {
    cross: ALL_404,
  }),
  region(
    `${W}/pemantauan/posyandu/[posyanduId]`,
    (t, at) => `${at}/pemantauan/posyandu/${t.posyandu}`,
    "200 403 403 403 403 200 307",
    { cross: "404 403 403 403 403 404" },
  ),
  region(`${W}/posyandu`, (t, at) => `${at}/posyandu`, "200 200 200 200 200 200 307"),
  // The monthly SKDN (names of children, like the target list): everyone who reads the posyandu section.
  region(`${W}/posyandu/skdn`, (t, at) => `${at}/posyandu/skdn`, "200 200 200 200 200 200 307"),
  region(`${W}/posyandu/skdn/ekspor`, (t, at) => `${at}/posyandu/skdn/ekspor`, "200 200 200 200 200 200 307"),
  region(`${W}/kegiatan`, (t, at) => `${at}/kegiatan`, "200 200 200 200 200 200 307"),
  region(`${W}/kegiatan/[id]`, (t, at) => `${at}/kegiatan/${t.kegiatan}`, "200 403 403 403 403 200 307", {
    cross: "404 403 403 403 403 404",
  }),
  region(`${W}/kegiatan/laporan`, (t, at) => `${at}/kegiatan/laporan`, "200 200 200 200 200 200 307"),
  region(`${W}/kegiatan/ekspor`, (t, at) => `${at}/kegiatan/ekspor`, "200 200 200 200 200 200 307"),
  region(`${W}/scorecard`, (t, at) => `${at}/scorecard`, "200 200 200 200 200 200 307"),
  region(
    `${W}/scorecard/indikator/[kelompok]/[nomor]`,
    (t, at) => `${at}/scorecard/indikator/anak/1`,
    "200 200 200 200 200 200 307",
  ),
  // The list behind a dashboard figure (names of targets): every role that reads the target list.
  region(`${W}/rincian/[angka]`, (t, at) => `${at}/rincian/stunting?bagian=penyebut`, "200 200 200 200 200 200 307"),
  region(`${W}/scorecard/ekspor`, (t, at) => `${at}/scorecard/ekspor`, "200 200 200 200 200 200 307"),
  region(`${W}/apbdes`, (t, at) => `${at}/apbdes`, "200 200 200 200 200 200 307"),
  // Only the desa's own perangkat desa / kepala desa write its budget; admin and others read.
  region(`${W}/apbdes/baris/[id]`, (t, at) => `${at}/apbdes/baris/${t.baris}`, "403 200 200 403 403 200 307", {
    cross: "403 404 404 403 403 404",
  }),
  region(`${W}/apbdes/impor`, (t, at) => `${at}/apbdes/impor`, "403 200 200 403 403 404 307"),
  region(`${W}/apbdes/ekspor`, (t, at) => `${at}/apbdes/ekspor`, "200 200 200 200 200 200 307"),
  region(`${W}/apbdes/templat`, (t, at) => `${at}/apbdes/templat`, "200 200 200 200 200 200 307"),
  region(`${W}/dasbor-ekspor`, (t, at) => `${at}/dasbor-ekspor`, "200 200 200 200 200 200 307"),
  // KPM performance and training (Aksi 5): kecamatan and kabupaten level; a desa user's scope does not reach it.
  region(`${W}/kpm`, (t, at) => `${at}/kpm`, "404 404 404 200 200 200 307"),
  region(`${W}/kpm/ekspor`, (t, at) => `${at}/kpm/ekspor`, "404 404 404 200 200 200 307"),
  // Editing a training organised by Mentok; cross: Mentok's page naming the district's own event.
  region(`${W}/kpm/pelatihan/[id]`, (t, at) => `${at}/kpm/pelatihan/${t.pelatihan}`, "404 404 404 200 200 200 307", {
    cross: ALL_404,
  }),
];

/** Route pattern of every page.tsx / route.ts under app/, route groups removed. */
function routesInCode(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === "page.tsx" || e.name === "route.ts") {
        const segments = path
          .relative("app", path.dirname(full))
          .split(path.sep)
          .filter((s) => s && !/^\(.*\)$/.test(s));
        out.push(`/${segments.join("/")}`);
      }
    }
  };
  walk("app");
  return out.sort();
}

const codes = (s: string) => s.trim().split(/\s+/).map(Number);

const states: Partial<Record<Role, Awaited<ReturnType<APIRequestContext["storageState"]>>>> = {};
const ids = {
  sasaran: {} as Record<string, string>,
  kegiatan: {} as Record<string, string>,
  baris: {} as Record<string, string>,
  /** A training organised by Mentok, and one organised by the district. */
  pelatihan: { mentok: "", kabupaten: "" },
  posyandu: {} as Record<string, string>,
  user: "",
};
let cells = 0;

async function firstId(api: APIRequestContext, url: string, pattern: RegExp): Promise<string> {
  const html = await (await api.get(url)).text();
  return html.match(pattern)?.[1] ?? NONE;
}

function targetFor(role: Role, ctx: "in" | "out" | "cross"): Target {
  const outDesa = role === "kecamatan" ? PELANGAS : BELO_LAUT;
  const wide = role === "kabupaten" || role === "admin";
  const foreign = {
    sasaran: wide ? NONE : ids.sasaran[outDesa],
    kegiatan: wide ? NONE : ids.kegiatan[outDesa],
    baris: wide ? NONE : ids.baris[outDesa],
    // Under Mentok, the district's event is not Mentok's to edit, for every role.
    pelatihan: ids.pelatihan.kabupaten,
    posyandu: wide ? NONE : ids.posyandu[outDesa],
  };
  const own = {
    sasaran: ids.sasaran[AIR_PUTIH],
    kegiatan: ids.kegiatan[AIR_PUTIH],
    baris: ids.baris[AIR_PUTIH],
    pelatihan: ids.pelatihan.mentok,
    posyandu: ids.posyandu[AIR_PUTIH],
  };
  if (ctx === "in") return { desa: AIR_PUTIH, kec: "19.05.01", kab: "19.05", ...own, user: ids.user };
  if (ctx === "cross") return { desa: AIR_PUTIH, kec: "19.05.01", kab: "19.05", ...foreign, user: NONE };
  // Out of scope: kabupaten and admin cover the whole demo district, so theirs is the province above it.
  if (wide) return { desa: "19", kec: "19", kab: "19", ...own, user: NONE };
  return { desa: outDesa, kec: role === "kecamatan" ? "19.05.02" : "19.05.01", kab: "19.05", ...foreign, user: NONE };
}

test("has a row for every page route and route handler (a new route without a row fails here)", () => {
  const inCode = routesInCode();
  const inTable = PAGES.map((p) => p.route).sort();
  expect(
    inTable.filter((r) => !inCode.includes(r)),
    "rows for routes that no longer exist",
  ).toEqual([]);
  expect(
    inCode.filter((r) => !inTable.includes(r)),
    "routes without a row in PAGES",
  ).toEqual([]);
  for (const r of inCode.filter((r) => r.startsWith(`${W}/`))) {
    const rest = r.slice(W.length + 1);
    const known = SECTION_KEYS.some((k) => SECTIONS[k].segment === rest.split("/")[0]);
    expect(known || !rest.includes("/"), `${r} lies under no section of lib/sections.ts`).toBe(true);
  }
  for (const p of PAGES) {
    expect(codes(p.in), p.route).toHaveLength(WHO.length);
    for (const extra of [p.out, p.cross]) if (extra) expect(codes(extra), p.route).toHaveLength(ROLES.length);
  }
});

test.describe.serial("pages × roles × scope", () => {
  test("signs in once per role through the login form and finds records to request", async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    for (const role of ROLES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await login(page, USERS[role]);
      states[role] = await context.storageState();
      await context.close();
    }
    // Records to name in URLs: a kegiatan in a past month for Air Putih and Belo Laut, created by their KPM.
    const lastMonth = new Date();
    lastMonth.setUTCDate(1);
    lastMonth.setUTCMonth(lastMonth.getUTCMonth() - 1);
    const ym = lastMonth.toISOString().slice(0, 7);
    for (const [desaKode, user] of [
      [AIR_PUTIH, "kpm.airputih"],
      [BELO_LAUT, "kpm.belolaut"],
      [PELANGAS, "kpm.pelangas"],
    ] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await login(page, user);
      await page.goto(`/wilayah/${desaKode}/kegiatan?bulan=${ym}`);
      const form = page.getByRole("form", { name: "Catat kegiatan" });
      await form.getByLabel("Jenis kegiatan").selectOption("koordinasi");
      await form.getByLabel("Tanggal").fill(`${ym}-15`);
      await form.getByLabel("Tempat").fill("Matriks akses");
      await form.getByLabel("Jumlah peserta").fill("3");
      await form.getByRole("button", { name: "Simpan kegiatan" }).click();
      await expect(page.getByTestId("kegiatan-item").filter({ hasText: "Matriks akses" }).first()).toBeVisible();
      await context.close();
    }
    // A draft budget with one line in Air Putih (the demo's Air Putih budgets are approved, so no line is
    // linked for editing); Belo Laut's demo draft is linked for its kepala desa.
    const tahun = 2090 + Math.floor(Math.random() * 10);
    {
      const context = await browser.newContext({ storageState: states.perangkat_desa });
      const page = await context.newPage();
      await page.goto(`/wilayah/${AIR_PUTIH}/apbdes?tahun=${tahun}`);
      await page.getByRole("button", { name: `Buat APBDes murni ${tahun}` }).click();
      const form = page.getByTestId("form-baris");
      await form.getByLabel("Kode kegiatan").fill("2.2.02");
      await form.getByLabel("Uraian").fill("PMT matriks akses");
      await form.getByLabel("Kode rekening belanja").fill("5.2.1.06");
      await form.getByLabel("Sumber dana").selectOption("DDS");
      await form.getByLabel("Pagu (Rp)").fill("1.000.000");
      await page.getByRole("button", { name: "Simpan baris" }).click();
      await expect(page.getByTestId("form-message").filter({ hasText: "ditambahkan" })).toBeVisible();
      await context.close();
    }
    const admin = await request.newContext({ baseURL, storageState: states.admin });
    for (const desaKode of [AIR_PUTIH, BELO_LAUT, PELANGAS]) {
      const esc = desaKode.replace(/\./g, "\\.");
      ids.sasaran[desaKode] = await firstId(
        admin,
        `/wilayah/${desaKode}/sasaran`,
        new RegExp(`/wilayah/${esc}/sasaran/(\\d+)"`),
      );
      ids.kegiatan[desaKode] = await firstId(
        admin,
        `/wilayah/${desaKode}/kegiatan?bulan=${ym}`,
        new RegExp(`/wilayah/${esc}/kegiatan/(\\d+)"`),
      );
      ids.baris[desaKode] = NONE;
      // The posyandu-day mode's entries on the month's list name the desa's posyandu.
      ids.posyandu[desaKode] = await firstId(
        admin,
        `/wilayah/${desaKode}/pemantauan`,
        new RegExp(`/wilayah/${esc}/pemantauan/posyandu/(\\d+)\\?`),
      );
    }
    const operator = await request.newContext({ baseURL, storageState: states.perangkat_desa });
    ids.baris[AIR_PUTIH] = await firstId(
      operator,
      `/wilayah/${AIR_PUTIH}/apbdes?tahun=${tahun}`,
      /\/apbdes\/baris\/(\d+)"/,
    );
    await operator.dispose();
    {
      const context = await browser.newContext();
      const page = await context.newPage();
      await login(page, "kades.belolaut");
      ids.baris[BELO_LAUT] = await firstId(context.request, `/wilayah/${BELO_LAUT}/apbdes`, /\/apbdes\/baris\/(\d+)"/);
      await context.close();
    }
    ids.user = await firstId(admin, "/admin/pengguna?q=kpm.airputih", /\/admin\/pengguna\/(\d+)"/);
    // A training planned by the Mentok team (through its form), and one of the district's demo trainings.
    {
      const context = await browser.newContext({ storageState: states.kecamatan });
      const page = await context.newPage();
      await page.goto("/wilayah/19.05.01/kpm");
      const form = page.getByRole("form", { name: "Catat pelatihan" });
      await form.getByLabel("Jenis kegiatan").selectOption("rakor");
      await form.getByLabel("Tanggal").fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
      await form.getByLabel("Topik").fill("Rakor matriks akses");
      await form.getByLabel("Tempat").fill("Kantor camat");
      await form.getByLabel("Penyelenggara").fill("Kecamatan Mentok");
      await form.getByRole("button", { name: "Simpan pelatihan" }).click();
      await expect(page.getByTestId("form-message").filter({ hasText: "direncanakan" })).toBeVisible();
      await context.close();
    }
    ids.pelatihan.mentok = await firstId(admin, "/wilayah/19.05.01/kpm", /\/kpm\/pelatihan\/(\d+)"/);
    const districtHtml = await (await admin.get("/wilayah/19.05/kpm")).text();
    ids.pelatihan.kabupaten =
      [...districtHtml.matchAll(/\/kpm\/pelatihan\/(\d+)"/g)]
        .map((m) => m[1])
        .find((id) => id !== ids.pelatihan.mentok) ?? NONE;
    await admin.dispose();
    for (const d of [AIR_PUTIH, BELO_LAUT]) {
      expect(ids.sasaran[d], `a sasaran in ${d}`).not.toBe(NONE);
      expect(ids.kegiatan[d], `a kegiatan in ${d}`).not.toBe(NONE);
      expect(ids.baris[d], `a budget line in ${d}`).not.toBe(NONE);
      expect(ids.posyandu[d], `a posyandu in ${d}`).not.toBe(NONE);
    }
    expect(ids.user).not.toBe(NONE);
    expect(ids.pelatihan.mentok).not.toBe(NONE);
    expect(ids.pelatihan.kabupaten).not.toBe(NONE);
  });

  for (const who of WHO) {
    test(`matrix for ${who}`, async ({ baseURL }) => {
      test.setTimeout(240_000);
      const api = await request.newContext({ baseURL, storageState: who === "anon" ? undefined : states[who] });
      const mismatches: string[] = [];
      const column = WHO.indexOf(who);
      for (const p of PAGES) {
        const contexts =
          who === "anon" ? (["in"] as const) : (["in", "out", "cross"] as const).filter((c) => c === "in" || p[c]);
        for (const ctx of contexts) {
          const expected = ctx === "in" ? codes(p.in)[column] : codes(p[ctx]!)[column];
          const url = p.url(who === "anon" ? targetFor("kpm", "in") : targetFor(who, ctx));
          const res = await api.get(url, { maxRedirects: 0 });
          cells++;
          if (res.status() !== expected) mismatches.push(`${ctx} ${url}: expected ${expected}, got ${res.status()}`);
          if (res.status() === 307 && who === "anon" && !(res.headers().location ?? "").includes("/login"))
            mismatches.push(`${url}: anonymous redirect not to /login`);
          // A refusal reveals nothing about the region it refused (the header still names the user's own).
          if (res.status() === 404 && ctx === "out" && who !== "anon") {
            const body = (await res.text()).replace(/<script[\s\S]*?<\/script>/g, "");
            if (/Belo Laut|Pelangas|Simpang Teritip/.test(body)) mismatches.push(`${url}: refusal names the region`);
          }
        }
      }
      await api.dispose();
      expect(mismatches).toEqual([]);
    });
  }

  test("reports the size of the matrix", () => {
    const expected = PAGES.reduce(
      (n, p) => n + WHO.length + (p.out ? ROLES.length : 0) + (p.cross ? ROLES.length : 0),
      0,
    );
    console.log(`[access-matrix] pages: ${PAGES.length} routes, ${cells} cells checked`);
    expect(cells).toBe(expected);
  });
});

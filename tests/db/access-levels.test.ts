vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

/**
 * THE ACCESS MATRIX, region-level half (actions: access-matrix.test.ts; pages over HTTP: e2e/access-matrix.spec.ts).
 *
 * Every page (page.tsx) and route handler (route.ts) under /wilayah/[kode], found by reading app/, is called the
 * way Next calls it, by every role and signed out, on one region of each level: kabupaten 19.05, kecamatan Mentok,
 * desa Air Putih, and a kelurahan of Mentok. What each call must answer is read from the section table
 * (lib/sections.ts), so a section that gains or loses a level is tested at once:
 *   signed out             → page: redirect to /login; route: 401;
 *   region out of scope    → 404;
 *   page  → without the section's read capability (a form page: its write capability) 403, then a level the
 *           section (form page: its writes) does not exist at 404;
 *   route → a level its downloads (the import template: its writes) do not exist at 404, then without the read
 *           capability 403;
 *   then a page naming a record (an [id]) answers 404 anywhere but the record's own desa, and the APBDes import opens only
 *   for the desa's own writers (else 404).
 */

import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { userId } from "./users";
import type { DbHandle } from "@/db/client";
import { apbdes, apbdesBaris, kegiatanKpm, pelatihan, posyandu, regions, sasaran, users } from "@/db/schema";
import type { RegionLevel } from "@/db/schema";
import { eq } from "drizzle-orm";
import { seedDemo } from "@/db/seed/demo";
import { can, ROLES, type Role } from "@/lib/auth/permissions";
import { isInScope } from "@/lib/auth/scope";
import { canWriteApbdes } from "@/lib/apbdes/access";
import { section, SECTION_KEYS, SECTIONS, sectionAt, type SectionKey } from "@/lib/sections";
import { addDaysIso, todayIso } from "@/lib/periods";
import { DEMO_USER_BY_ROLE } from "@/db/seed/demo-accounts";

// The page guard answers 403 through forbidden(), which Next enables with experimental.authInterrupts.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";

const AIR_PUTIH = "19.05.01.2004";
const REGIONS: Record<Exclude<RegionLevel, "provinsi">, string> = {
  kabupaten: "19.05",
  kecamatan: "19.05.01",
  desa: AIR_PUTIH,
  kelurahan: "19.05.01.1001",
};
const USERS = DEMO_USER_BY_ROLE;

/** Form pages: they need the section's write capability and exist only where it is written. */
const FORM_PAGES = new Set([
  "sasaran/baru",
  "sasaran/[id]/ubah",
  "kegiatan/[id]",
  "apbdes/impor",
  "apbdes/baris/[id]",
  "kpm/pelatihan/[id]",
  "pemantauan/posyandu/[posyanduId]",
]);
/** A download for the section's writers (the import template): only where it is written. */
const WRITER_DOWNLOADS = new Set(["apbdes/templat"]);
/** Downloads with their own capability rule instead of the section's read capability. */
const ROUTE_CAPABILITY: Record<string, (role: Role) => boolean> = {
  "dasbor-ekspor": (role) => can(role, "dashboard:read") || role === "kpm",
};

const BASE = "app/(portal)/wilayah/[kode]";
type Route = { rel: string; kind: "page" | "route"; section: SectionKey };

/** The section a route belongs to: the one whose segment starts its path; directly under the region, the overview. */
function sectionOf(rel: string): SectionKey {
  const first = rel.split("/")[0];
  const key = SECTION_KEYS.find((k) => SECTIONS[k].segment === first);
  if (key) return key;
  if (!rel.includes("/")) return "ringkasan";
  throw new Error(`${rel} lies under no section of lib/sections.ts`);
}

function routesInCode(): Route[] {
  const out: Route[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === "page.tsx" || e.name === "route.ts") {
        const rel = path.relative(BASE, dir).split(path.sep).join("/");
        out.push({ rel, kind: e.name === "page.tsx" ? "page" : "route", section: sectionOf(rel) });
      }
    }
  };
  walk(BASE);
  return out.sort((a, b) => a.rel.localeCompare(b.rel));
}

type Who = Role | "anon";
type Place = { level: Exclude<RegionLevel, "provinsi">; kode: string };

/** What a call must answer (see the header). */
function expected(route: Route, who: Who, scopeKode: string, place: Place): number {
  if (who === "anon") return route.kind === "page" ? 307 : 401;
  if (!isInScope(scopeKode, place.kode)) return 404;
  const s = section(route.section);
  if (route.kind === "page") {
    const form = FORM_PAGES.has(route.rel);
    const capability = form ? s.write : s.read;
    if (!capability || !can(who, capability)) return 403;
    if (!sectionAt(route.section, place.level, form ? "write" : "read")) return 404;
    // A training is organised by Mentok: its page opens on Mentok and on the kabupaten above it.
    if (route.rel === "kpm/pelatihan/[id]") return isInScope(place.kode, MENTOK) ? 200 : 404;
    if (/\[(id|sasaranId|posyanduId)\]/.test(route.rel) && place.kode !== AIR_PUTIH) return 404;
    if (route.rel === "apbdes/impor" && !canWriteApbdes({ role: who, scopeKode }, place.kode)) return 404;
    return 200;
  }
  if (!sectionAt(route.section, place.level, WRITER_DOWNLOADS.has(route.rel) ? "write" : "export")) return 404;
  const allowed = ROUTE_CAPABILITY[route.rel]?.(who) ?? can(who, s.read);
  return allowed ? 200 : 403;
}

let handle: DbHandle;
let drop: () => Promise<void>;
const ids = { sasaran: 0, kegiatan: 0, baris: 0, pelatihan: 0, posyandu: 0 };
const MENTOK = "19.05.01";

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
  const today = todayIso();
  const [pos] = await handle.db
    .select({ id: posyandu.id })
    .from(posyandu)
    .where(eq(posyandu.kodeWilayah, AIR_PUTIH))
    .limit(1);
  const [s] = await handle.db
    .insert(sasaran)
    .values({
      kodeWilayah: AIR_PUTIH,
      jenis: "ibu",
      nama: "Ibu Tingkat Wilayah",
      jenisKelamin: "P",
      tanggalLahir: "1995-03-12",
      hpl: addDaysIso(today, 90),
      posyanduId: pos.id,
    })
    .returning({ id: sasaran.id });
  const [k] = await handle.db
    .insert(kegiatanKpm)
    .values({ kodeWilayah: AIR_PUTIH, jenis: "kie", tanggal: today, tempat: "Balai desa", jumlahPeserta: 3 })
    .returning({ id: kegiatanKpm.id });
  const [h] = await handle.db
    .insert(apbdes)
    .values({ kodeWilayah: AIR_PUTIH, tahun: 3001, versi: "murni", status: "draft" })
    .returning({ id: apbdes.id });
  const [b] = await handle.db
    .insert(apbdesBaris)
    .values({
      apbdesId: h.id,
      kodeWilayah: AIR_PUTIH,
      kodeKegiatan: "2.2.02",
      uraian: "PMT balita",
      kodeRekening: "5.2.1.06",
      sumberDana: "DDS",
      pagu: 1_000_000,
    })
    .returning({ id: apbdesBaris.id });
  const [pl] = await handle.db
    .insert(pelatihan)
    .values({
      kodeWilayah: MENTOK,
      jenis: "rakor",
      tanggal: today,
      tempat: "Kantor camat",
      topik: "Rakor",
      penyelenggara: "Kecamatan",
    })
    .returning({ id: pelatihan.id });
  Object.assign(ids, { sasaran: s.id, kegiatan: k.id, baris: b.id, pelatihan: pl.id, posyandu: pos.id });
  const levels = await handle.db.select({ kode: regions.kode, jenis: regions.jenis }).from(regions);
  for (const [level, kode] of Object.entries(REGIONS))
    expect(levels.find((r) => r.kode === kode)?.jenis, kode).toBe(level);
});
afterAll(async () => drop());

async function scopeOf(role: Role): Promise<string> {
  const [u] = await handle.db.select({ scopeKode: users.scopeKode }).from(users).where(eq(users.username, USERS[role]));
  return u.scopeKode;
}

function paramsFor(rel: string, kode: string): Record<string, string> {
  const p: Record<string, string> = { kode };
  if (rel.includes("[id]"))
    p.id = String(
      rel.startsWith("kegiatan")
        ? ids.kegiatan
        : rel.startsWith("apbdes")
          ? ids.baris
          : rel.startsWith("kpm")
            ? ids.pelatihan
            : ids.sasaran,
    );
  if (rel.includes("[sasaranId]")) p.sasaranId = String(ids.sasaran);
  if (rel.includes("[posyanduId]")) p.posyanduId = String(ids.posyandu);
  if (rel.includes("[kelompok]")) Object.assign(p, { kelompok: "anak", nomor: "1" });
  if (rel.includes("[angka]")) p.angka = "stunting";
  return p;
}

/** Status of one call: a page's thrown notFound/forbidden/redirect, or a route's response. */
async function call(route: Route, kode: string): Promise<{ status: number; location?: string }> {
  const mod = (await import(/* @vite-ignore */ path.join(process.cwd(), BASE, route.rel, route.kind))) as {
    default?: (props: unknown) => Promise<unknown>;
    GET?: (req: NextRequest, ctx: unknown) => Promise<Response>;
  };
  const params = Promise.resolve(paramsFor(route.rel, kode));
  if (route.kind === "route") {
    const url = `http://localhost/wilayah/${kode}/${route.rel}`;
    return { status: (await mod.GET!(new NextRequest(url), { params })).status };
  }
  try {
    await mod.default!({ params, searchParams: Promise.resolve({}) });
    return { status: 200 };
  } catch (e) {
    const digest = (e as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;")) return { status: Number(digest.split(";")[1]) };
    if (digest.startsWith("NEXT_REDIRECT")) return { status: 307, location: digest.split(";")[2] };
    throw e;
  }
}

const routes = routesInCode();
const tally: Record<number, number> = {};

describe("access matrix: pages and route handlers × roles × region levels", () => {
  it("finds the pages and route handlers of every section", () => {
    expect(routes.length).toBeGreaterThan(25);
    for (const key of SECTION_KEYS)
      expect(
        routes.some((r) => r.section === key && r.kind === "page"),
        key,
      ).toBe(true);
    for (const rel of [...FORM_PAGES, ...WRITER_DOWNLOADS, ...Object.keys(ROUTE_CAPABILITY)])
      expect(routes.map((r) => r.rel)).toContain(rel);
  });

  for (const who of [...ROLES, "anon"] as const) {
    it(`answers ${who} as the section table says, at every level`, async () => {
      const scopeKode = who === "anon" ? "" : await scopeOf(who);
      actAs(who === "anon" ? null : await userId(handle.db, USERS[who]));
      const places = (Object.entries(REGIONS) as Array<[Place["level"], string]>).map(([level, kode]) => ({
        level,
        kode,
      }));
      const mismatches: string[] = [];
      for (const route of routes) {
        for (const place of who === "anon" ? places.slice(2, 3) : places) {
          const want = expected(route, who, scopeKode, place);
          const got = await call(route, place.kode);
          tally[got.status] = (tally[got.status] ?? 0) + 1;
          if (got.status !== want)
            mismatches.push(
              `${route.rel || "(overview)"} ${route.kind} at ${place.level}: expected ${want}, got ${got.status}`,
            );
          if (got.status === 307 && who === "anon" && got.location !== "/login")
            mismatches.push(`${route.rel}: redirect to ${got.location}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  }

  it("reports the size of the matrix", () => {
    const cells = Object.values(tally).reduce((a, b) => a + b, 0);
    console.log(`[access-matrix] region levels: ${routes.length} routes, ${cells} cells`, tally);
    expect(cells).toBe(routes.length * (ROLES.length * Object.keys(REGIONS).length + 1));
    // Every kind of answer occurs, so no rule is vacuous.
    for (const status of [200, 307, 401, 403, 404]) expect(tally[status], String(status)).toBeGreaterThan(0);
  });
});

vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { form } from "./users";
import { redirectOf } from "./redirect";
import type { Db, DbHandle } from "@/db/client";
import { selectRows } from "@/db/raw";
import { auditLog, pemantauanAnak, pengukuran, periodeDesa, posyandu, sasaran, users } from "@/db/schema";
import { rebuildGrowthRollups } from "@/db/rollups/growth";
import { countTargetsByGroup } from "@/db/queries/dashboard";
import { loadDashboard } from "@/db/queries/dashboard-load";
import { listKpmKinerja } from "@/db/queries/kpm-kinerja";
import { listPosyanduBreakdown } from "@/db/queries/desa-overview";
import { kelompokOn } from "@/db/queries/target-counts";
import { getActiveViewerById } from "@/db/queries/users";
import { nonaktifkanSasaran } from "@/app/(portal)/wilayah/[kode]/sasaran/actions";
import { parseDashboardPeriod } from "@/lib/dashboard/period";
import { addDaysIso, addYearsIso, currentYearMonth, quarterOfMonth, todayIso } from "@/lib/periods";
import { kelompokOnDate } from "@/lib/sasaran/kategori";
import { sasaranText } from "@/lib/i18n/sasaran";
import { scorecardText } from "@/lib/i18n/scorecard";
import type { Role } from "@/lib/auth/permissions";

/* docs/indicators.md §0–2 on a small fixture with the awkward cases: a child turning 24 months inside the period and
 * one on its last day, a child born 29 February, a mother whose nifas ends in the period, a pregnancy that begins
 * after it, a target deactivated mid-period and one before it, a child not yet born at the period's end. Each page
 * figure is compared with an independent SQL statement written from the definition, and with the fixture's own
 * hand count. */

const A = "19.05.01.2004"; // Air Putih
const B = "19.05.01.2006"; // Belo Laut
const TODAY = todayIso();
const now = currentYearMonth();
// Two quarters back: a period that has ended, so its reference date is its last day.
const idx = now.tahun * 4 + quarterOfMonth(now.bulan) - 1 - 2;
const Q = { tahun: Math.floor(idx / 4), triwulan: (idx % 4) + 1 };
const period = parseDashboardPeriod({ periode: "triwulan", tahun: String(Q.tahun), nilai: String(Q.triwulan) });
const F = period.from;
const D = period.to;

let handle: DbHandle;
let drop: () => Promise<void>;
let db: Db;
const pos: Record<string, number> = {};
const ids: Record<string, number> = {};
const userIds: Partial<Record<string, number>> = {};

async function target(
  key: string,
  v: {
    kode?: string;
    jenis: "ibu" | "anak";
    lahir: string;
    melahirkan?: string;
    hpl?: string;
    nonaktif?: string;
    createdAt?: Date;
  },
) {
  const kode = v.kode ?? A;
  const [r] = await db
    .insert(sasaran)
    .values({
      kodeWilayah: kode,
      posyanduId: pos[kode],
      jenis: v.jenis,
      nama: `Sasaran ${key}`,
      jenisKelamin: "P",
      tanggalLahir: v.lahir,
      tanggalMelahirkan: v.melahirkan ?? null,
      hpl: v.hpl ?? null,
      aktif: !v.nonaktif,
      tanggalNonaktif: v.nonaktif ?? null,
      alasanNonaktif: v.nonaktif ? "pindah_luar" : null,
      ...(v.createdAt ? { createdAt: v.createdAt } : {}),
    })
    .returning({ id: sasaran.id });
  ids[key] = r.id;
}

/** A monthly record with a measurement (length optional), as the monthly save leaves it. */
async function measure(key: string, tanggal: string, length: boolean) {
  const [t] = await db.select().from(sasaran).where(eq(sasaran.id, ids[key]));
  const [rec] = await db
    .insert(pemantauanAnak)
    .values({
      sasaranId: t.id,
      kodeWilayah: t.kodeWilayah,
      posyanduId: t.posyanduId,
      tahun: Number(tanggal.slice(0, 4)),
      bulan: Number(tanggal.slice(5, 7)),
      tanggalPeriksa: tanggal,
      umurBulan: 10,
      pengukuranBeratBadan: true,
      pengukuranTinggiBadan: length,
      statusTikar: "H",
      imunisasiCampak: "belum",
    })
    .returning({ id: pemantauanAnak.id });
  await db.insert(pengukuran).values({
    sasaranId: t.id,
    pemantauanAnakId: rec.id,
    kodeWilayah: t.kodeWilayah,
    tanggalUkur: tanggal,
    umurHari: 300,
    umurBulan: 9,
    beratKg: 8.5,
    panjangCm: length ? 70 : null,
    haz: length ? -1 : null,
    waz: -0.5,
  });
}

async function user(username: string, role: Role, scopeKode: string) {
  const [u] = await db
    .insert(users)
    .values({ username, displayName: username, passwordHash: "x", role, scopeKode })
    .returning({ id: users.id });
  userIds[username] = u.id;
}
const viewerOf = async (username: string) => (await getActiveViewerById(userIds[username]!))!;

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  db = handle.db;
  for (const kode of [A, B]) {
    const [p] = await db
      .insert(posyandu)
      .values({ kodeWilayah: kode, nama: `Posyandu ${kode}` })
      .returning({ id: posyandu.id });
    pos[kode] = p.id;
  }
  // Children.
  await target("turns2Inside", { jenis: "anak", lahir: addYearsIso(addDaysIso(F, 20), -2) });
  await target("turns2OnLastDay", { jenis: "anak", lahir: addYearsIso(D, -2) });
  await target("turns2DayAfter", { jenis: "anak", lahir: addYearsIso(addDaysIso(D, 1), -2) });
  await target("baby", { jenis: "anak", lahir: addDaysIso(D, -200) });
  await target("weighedOnly", { jenis: "anak", lahir: addDaysIso(D, -300) });
  await target("measuredBefore", { jenis: "anak", lahir: addDaysIso(D, -400) });
  await target("bornAfter", { jenis: "anak", lahir: addDaysIso(D, 5) });
  await target("paud", { jenis: "anak", lahir: addYearsIso(D, -3) });
  await target("leftMidPeriod", { jenis: "anak", lahir: addDaysIso(D, -250), nonaktif: addDaysIso(F, 30) });
  await target("leftBefore", { jenis: "anak", lahir: addDaysIso(D, -250), nonaktif: addDaysIso(F, -10) });
  await target("feb29", { jenis: "anak", lahir: "2024-02-29" });
  await target("babyB", { kode: B, jenis: "anak", lahir: addDaysIso(D, -100) });
  // Mothers.
  await target("nifasEndsInside", { jenis: "ibu", lahir: "1995-01-01", melahirkan: addDaysIso(F, 10) });
  await target("nifasOnLastDay", { jenis: "ibu", lahir: "1996-01-01", melahirkan: addDaysIso(D, -10) });
  await target("pregnant", { jenis: "ibu", lahir: "1997-01-01", hpl: addDaysIso(D, 100) });
  await target("deliversAfter", {
    jenis: "ibu",
    lahir: "1998-01-01",
    hpl: addDaysIso(D, 20),
    melahirkan: addDaysIso(D, 15),
  });
  await target("pregnantLater", { jenis: "ibu", lahir: "1999-01-01", hpl: addDaysIso(D, 300) });
  // Measurements: the ones inside the period with a length make the numerator.
  await measure("turns2Inside", addDaysIso(F, 5), true);
  await measure("turns2OnLastDay", addDaysIso(F, 5), true);
  await measure("turns2DayAfter", addDaysIso(F, 5), true);
  await measure("baby", addDaysIso(F, 40), true);
  await measure("weighedOnly", addDaysIso(F, 40), false);
  await measure("measuredBefore", addDaysIso(F, -20), true);
  await measure("leftMidPeriod", addDaysIso(F, 5), true);
  await measure("babyB", addDaysIso(F, 60), true);
  await rebuildGrowthRollups(db);
  await user("kab", "kabupaten", "19.05");
  await user("kpm.a", "kpm", A);
  await user("kpm.b", "kpm", B);
  await user("kec", "kecamatan", "19.05.01");
  await user("operator.a", "perangkat_desa", A);
  await user("kades.a", "kepala_desa", A);
  await user("admin", "admin", "19.05");
}, 60_000);
afterAll(async () => drop());

/** The definition of docs/indicators.md §0–1, written out: group of each target active on `d`. */
const groupsOn = (d: string, kodeLike: string) =>
  selectRows<{ kode: string; kelompok: string; n: number }>(
    db,
    sql`select kode_wilayah as kode, case
          when jenis = 'ibu' and tanggal_melahirkan <= ${d}::date and ${d}::date <= tanggal_melahirkan + 42 then 'ibu_nifas'
          when jenis = 'ibu' and tanggal_melahirkan <= ${d}::date then 'ibu_selesai'
          when jenis = 'ibu' and least(hpl - 280, tanggal_melahirkan - 280, (created_at at time zone 'Asia/Jakarta')::date) > ${d}::date then 'belum'
          when jenis = 'ibu' then 'ibu_hamil'
          when ${d}::date < tanggal_lahir then 'belum'
          when ${d}::date < (tanggal_lahir + interval '2 years')::date then 'anak_0_23'
          when ${d}::date < (tanggal_lahir + interval '6 years')::date then 'anak_2_6_paud'
          else 'anak_lulus' end as kelompok, count(*)::int as n
        from sasaran where kode_wilayah like ${kodeLike} and (tanggal_nonaktif is null or tanggal_nonaktif > ${d}::date)
        group by 1, 2`,
  );
const sum = (rows: { kelompok: string; n: number }[], ...k: string[]) =>
  rows.filter((r) => k.includes(r.kelompok)).reduce((a, r) => a + r.n, 0);

describe("Sasaran aktif (§1): active on the period's last day, by group, the same on the card and the desa table", () => {
  it("the card counts the period's last day, not today", async () => {
    const v = await viewerOf("kab");
    const d = await loadDashboard({ viewer: v, kode: "19.05", period });
    const ref = await groupsOn(D, "19.05.%");
    for (const k of ["ibu_hamil", "ibu_nifas", "anak_0_23", "anak_2_6_paud"])
      expect(d.groups[k] ?? 0, k).toBe(sum(ref, k));
    // By hand: pregnant + delivers after D; nifasOnLastDay; baby, weighedOnly, measuredBefore, turns2DayAfter, babyB.
    expect(d.groups.ibu_hamil).toBe(2);
    expect(d.groups.ibu_nifas).toBe(1);
    expect(d.groups.anak_0_23).toBe(5);
    // turns2Inside, turns2OnLastDay, paud (and feb29 while it is 2–6).
    expect(d.groups.anak_2_6_paud).toBe(sum(ref, "anak_2_6_paud"));
    expect(d.groups.anak_2_6_paud).toBeGreaterThanOrEqual(3);
  });

  it("the desa table's Sasaran is the card's groups (hamil + nifas + 0–23) per desa; PAUD beside it", async () => {
    const v = await viewerOf("kab");
    const d = await loadDashboard({ viewer: v, kode: "19.05", period });
    const ref = await groupsOn(D, "19.05.%");
    for (const kode of [A, B]) {
      const row = d.rows.find((r) => r.kode === kode)!;
      const mine = ref.filter((r) => r.kode === kode);
      expect(row.sasaran, kode).toBe(sum(mine, "ibu_hamil", "ibu_nifas", "anak_0_23"));
      expect(row.paud, kode).toBe(sum(mine, "anak_2_6_paud"));
    }
    expect(d.rows.find((r) => r.kode === A)!.sasaran).toBe(7);
    expect(d.rows.reduce((a, r) => a + r.sasaran, 0)).toBe(
      (d.groups.ibu_hamil ?? 0) + (d.groups.ibu_nifas ?? 0) + (d.groups.anak_0_23 ?? 0),
    );
  });

  it("a target deactivated mid-period counts in the months before its end date, not after", async () => {
    const v = await viewerOf("kab");
    const before = await countTargetsByGroup({ viewer: v, kode: A, today: addDaysIso(F, 29) });
    const on = await countTargetsByGroup({ viewer: v, kode: A, today: addDaysIso(F, 30) });
    expect(before.anak_0_23 - on.anak_0_23).toBe(1);
    // The one deactivated before the period still counts in the quarter before it.
    const earlier = await countTargetsByGroup({ viewer: v, kode: A, today: addDaysIso(F, -11) });
    const ref = await groupsOn(addDaysIso(F, -11), `${A}%`);
    expect(earlier.anak_0_23).toBe(sum(ref, "anak_0_23"));
    const leftBefore = await selectRows<{ k: string }>(
      db,
      sql`select ${kelompokOn(addDaysIso(F, -11))} as k from sasaran where id = ${ids.leftBefore}`,
    );
    expect(leftBefore[0].k).toBe("anak_0_23");
  });

  it("29 February: the second birthday is 28 February in a common year (0–23 up to the 27th)", async () => {
    const v = await viewerOf("kab");
    const on = (d: string) =>
      selectRows<{ k: string }>(db, sql`select ${kelompokOn(d)} as k from sasaran where id = ${ids.feb29}`);
    expect((await on("2026-02-27"))[0].k).toBe("anak_0_23");
    expect((await on("2026-02-28"))[0].k).toBe("anak_2_6_paud");
    const a = await countTargetsByGroup({ viewer: v, kode: A, today: "2026-02-27" });
    const b = await countTargetsByGroup({ viewer: v, kode: A, today: "2026-02-28" });
    expect(a.anak_0_23 - b.anak_0_23).toBe(1);
  });

  it("the KPM page and the posyandu table count the same targets", async () => {
    const v = await viewerOf("kab");
    const kpm = await listKpmKinerja({ viewer: v, kode: "19.05.01", bulan: 3, today: TODAY });
    const ref = await groupsOn(TODAY, "19.05.01.%");
    expect(kpm.find((r) => r.desaKode === A)!.sasaran).toBe(
      sum(
        ref.filter((r) => r.kode === A),
        "ibu_hamil",
        "ibu_nifas",
        "anak_0_23",
      ),
    );
    const d = await loadDashboard({ viewer: v, kode: "19.05", period });
    const posyanduRows = await listPosyanduBreakdown({ viewer: v, kode: A, from: F, to: D, today: TODAY });
    expect(posyanduRows.reduce((a, p) => a + p.sasaran, 0)).toBe(d.rows.find((r) => r.kode === A)!.sasaran);
  });
});

describe("Anak 0–23 bulan diukur (§2): one population for numerator and denominator", () => {
  /** The definition, written out: children 0–23 and active on D, and those of them with a length in [F, D]. */
  const reference = (kodeLike: string) =>
    selectRows<{ kode: string; populasi: number; diukur: number }>(
      db,
      sql`select s.kode_wilayah as kode, count(*)::int as populasi,
            count(*) filter (where exists (select 1 from pengukuran u where u.sasaran_id = s.id and u.panjang_cm is not null
              and u.tanggal_ukur >= ${F}::date and u.tanggal_ukur <= ${D}::date))::int as diukur
          from sasaran s where s.kode_wilayah like ${kodeLike} and s.jenis = 'anak'
            and (s.tanggal_nonaktif is null or s.tanggal_nonaktif > ${D}::date)
            and s.tanggal_lahir <= ${D}::date and ${D}::date < (s.tanggal_lahir + interval '2 years')::date
          group by 1`,
    );

  it("card and desa rows equal the definition, by hand 2 of 4 in Air Putih, never above 100 %", async () => {
    const v = await viewerOf("kab");
    const d = await loadDashboard({ viewer: v, kode: "19.05", period });
    const ref = await reference("19.05.%");
    expect(d.growth.anakPopulasi).toBe(ref.reduce((a, r) => a + r.populasi, 0));
    expect(d.growth.anakDiukur).toBe(ref.reduce((a, r) => a + r.diukur, 0));
    for (const r of d.rows) {
      const x = ref.find((y) => y.kode === r.kode);
      expect([r.kode, r.anakDiukur, r.anakPopulasi]).toEqual([r.kode, x?.diukur ?? 0, x?.populasi ?? 0]);
      expect(r.anakDiukur).toBeLessThanOrEqual(r.anakPopulasi);
    }
    // Air Putih: baby, weighedOnly, measuredBefore, turns2DayAfter are 0–23 on D; baby and turns2DayAfter measured.
    const a = d.rows.find((r) => r.kode === A)!;
    expect([a.anakDiukur, a.anakPopulasi]).toEqual([2, 4]);
    expect(d.growth.anakDiukur).toBeLessThanOrEqual(d.growth.anakPopulasi);
  });

  it("a kecamatan viewer gets the same figure for its desa; the posyandu table's measured add up to it", async () => {
    const v = await viewerOf("kec");
    const d = await loadDashboard({ viewer: v, kode: "19.05.01", period });
    const a = d.rows.find((r) => r.kode === A)!;
    const posyanduRows = await listPosyanduBreakdown({ viewer: v, kode: A, from: F, to: D, today: TODAY });
    expect(posyanduRows.reduce((x, p) => x + p.anakDiukur, 0)).toBe(a.anakDiukur);
    expect(posyanduRows.reduce((x, p) => x + p.anak, 0)).toBe(a.anakPopulasi);
  });

  it("property: on any period, every desa and the region lie in 0–100 % (numerator ≤ denominator)", async () => {
    const v = await viewerOf("kab");
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -500, max: 0 }), fc.integer({ min: 0, max: 2 }), async (back, kind) => {
        const end = addDaysIso(TODAY, back);
        const jenis = (["bulan", "triwulan", "tahun"] as const)[kind];
        const ym = { tahun: Number(end.slice(0, 4)), bulan: Number(end.slice(5, 7)) };
        const p = parseDashboardPeriod({
          periode: jenis,
          tahun: String(ym.tahun),
          nilai: String(jenis === "bulan" ? ym.bulan : jenis === "triwulan" ? quarterOfMonth(ym.bulan) : 1),
        });
        const d = await loadDashboard({ viewer: v, kode: "19.05", period: p });
        expect(d.growth.anakDiukur).toBeLessThanOrEqual(d.growth.anakPopulasi);
        for (const r of d.rows) expect(r.anakDiukur).toBeLessThanOrEqual(r.anakPopulasi);
      }),
      { numRuns: 12 },
    );
  });
});

describe("kelompokOn (SQL) and kelompokOnDate (JS) agree on every date", () => {
  it("property: random births, deliveries, HPLs and dates, 29 February and year ends included", async () => {
    const day = fc.integer({ min: 0, max: 365 * 12 }).map((n) => addDaysIso("2018-01-01", n));
    const edge = fc.constantFrom("2020-02-29", "2024-02-29", "2023-12-31", "2024-01-01", "2022-02-28", "2028-02-29");
    const date = fc.oneof(day, edge);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          jenis: fc.constantFrom("ibu" as const, "anak" as const),
          tanggalLahir: date,
          tanggalMelahirkan: fc.option(date, { nil: null }),
          hpl: fc.option(date, { nil: null }),
          terdaftar: date,
          on: date,
          years: fc.integer({ min: 0, max: 7 }),
        }),
        async (t) => {
          // The second and sixth birthday of the generated birth (and nearby) are the interesting dates.
          const on = t.years ? addDaysIso(addYearsIso(t.tanggalLahir, t.years), (t.years % 3) - 1) : t.on;
          const [row] = await selectRows<{ k: string }>(
            db,
            sql`select ${kelompokOn(on, "x")} as k from (select ${t.jenis}::jenis_sasaran as jenis, ${t.tanggalLahir}::date as tanggal_lahir,
                  ${t.tanggalMelahirkan}::date as tanggal_melahirkan, ${t.hpl}::date as hpl,
                  (${t.terdaftar}::date::timestamp at time zone 'Asia/Jakarta') as created_at) x`,
          );
          const js = kelompokOnDate(t, on);
          expect(row.k.startsWith("belum_") ? null : row.k).toBe(js);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("Nonaktifkan sasaran (the action)", () => {
  const act = async (username: string | null) => actAs(username ? userIds[username]! : null);
  const idle = { status: "idle" as const };
  /** A child born 100 days ago, registered 90 days ago. */
  async function fresh(kode = A) {
    const createdAt = new Date(Date.now() - 90 * 86_400_000);
    await target(`n${Math.random()}`, { kode, jenis: "anak", lahir: addDaysIso(TODAY, -100), createdAt });
    return Object.values(ids).at(-1)!;
  }
  const audits = async (id: number) =>
    (
      await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entity, "sasaran"), eq(auditLog.entityId, String(id)), eq(auditLog.action, "nonaktif")))
    ).length;

  it("the desa's KPM deactivates a target: aktif false, date and reason stored, audited, counted before the date only", async () => {
    const id = await fresh();
    await act("kpm.a");
    const tanggal = addDaysIso(TODAY, -3);
    const to = await redirectOf(
      nonaktifkanSasaran(idle, form({ kode: A, id, tanggalNonaktif: tanggal, alasanNonaktif: "meninggal" })),
    );
    expect(to).toBe(`/wilayah/${A}/sasaran/${id}?nonaktif=1`);
    const [row] = await db.select().from(sasaran).where(eq(sasaran.id, id));
    expect(row).toMatchObject({ aktif: false, tanggalNonaktif: tanggal, alasanNonaktif: "meninggal" });
    expect(await audits(id)).toBe(1);
    const k = (d: string) =>
      selectRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from sasaran where id = ${id} and (tanggal_nonaktif is null or tanggal_nonaktif > ${d}::date)`,
      );
    expect((await k(addDaysIso(tanggal, -1)))[0].n).toBe(1);
    expect((await k(tanggal))[0].n).toBe(0);
    // A second deactivation is refused.
    const again = await nonaktifkanSasaran(
      idle,
      form({ kode: A, id, tanggalNonaktif: tanggal, alasanNonaktif: "meninggal" }),
    );
    expect(again).toMatchObject({ status: "error", message: sasaranText.actions.alreadyInactive });
  });

  it("is refused out of scope, for other roles, and for a target of another desa posted under one's own", async () => {
    const inB = await fresh(B);
    const inA = await fresh(A);
    const post = (kode: string, id: number) =>
      nonaktifkanSasaran(idle, form({ kode, id, tanggalNonaktif: TODAY, alasanNonaktif: "lainnya" }));
    await act("kpm.a");
    expect((await post(B, inB)).status).toBe("error"); // another desa
    expect((await post(A, inB)).status).toBe("error"); // a forged id of another desa
    for (const u of ["operator.a", "kades.a", "kec", "kab"]) {
      await act(u);
      expect((await post(A, inA)).status, u).toBe("error");
    }
    await act(null);
    expect((await post(A, inA)).status).toBe("error");
    const rows = await db.select().from(sasaran).where(eq(sasaran.id, inA));
    expect(rows[0].aktif).toBe(true);
    expect(await audits(inA)).toBe(0);
    expect(await audits(inB)).toBe(0);
  });

  it("a date in an approved quarter is refused naming the quarter; the typed values are kept", async () => {
    const id = await fresh();
    const q = { tahun: now.tahun, triwulan: quarterOfMonth(now.bulan) };
    await db
      .insert(periodeDesa)
      .values({ kodeWilayah: A, ...q, status: "disetujui" })
      .onConflictDoUpdate({
        target: [periodeDesa.kodeWilayah, periodeDesa.tahun, periodeDesa.triwulan],
        set: { status: "disetujui" },
      });
    try {
      await act("kpm.a");
      const values = { kode: A, id, tanggalNonaktif: TODAY, alasanNonaktif: "pindah_luar" };
      const r = await nonaktifkanSasaran(idle, form(values));
      const message = scorecardText.locked.approved(q.triwulan, q.tahun);
      expect(r).toMatchObject({ status: "error", errors: { tanggalNonaktif: [message] } });
      expect(r.values).toMatchObject({ tanggalNonaktif: TODAY, alasanNonaktif: "pindah_luar", id: String(id) });
      expect((await db.select().from(sasaran).where(eq(sasaran.id, id)))[0].aktif).toBe(true);
    } finally {
      await db
        .delete(periodeDesa)
        .where(
          and(eq(periodeDesa.kodeWilayah, A), eq(periodeDesa.tahun, q.tahun), eq(periodeDesa.triwulan, q.triwulan)),
        );
    }
  });

  it("field messages: a future date, a date before birth, a date before a kept record, a missing reason", async () => {
    const id = await fresh();
    await act("kpm.a");
    const post = (v: Record<string, string | number>) =>
      nonaktifkanSasaran(idle, form({ kode: A, id, alasanNonaktif: "lainnya", ...v }));
    const future = await post({ tanggalNonaktif: addDaysIso(TODAY, 1) });
    expect(future.errors?.tanggalNonaktif?.[0]).toBe(
      sasaranText.schema.notFuture(sasaranText.schema.fields.tanggalNonaktif),
    );
    expect(future.values?.tanggalNonaktif).toBe(addDaysIso(TODAY, 1));
    const beforeBirth = await post({ tanggalNonaktif: addDaysIso(TODAY, -101) });
    expect(beforeBirth.errors?.tanggalNonaktif?.[0]).toMatch(/sebelum sasaran terdaftar atau lahir/);
    const noReason = await nonaktifkanSasaran(idle, form({ kode: A, id, tanggalNonaktif: TODAY }));
    expect(noReason.errors?.alasanNonaktif?.[0]).toBe(sasaranText.schema.alasanNonaktif);
    // A record kept after the date: the target was still followed then.
    ids.recorded = id;
    await measure("recorded", addDaysIso(TODAY, -60), true);
    await measure("recorded", addDaysIso(TODAY, -5), true);
    const beforeRecord = await post({ tanggalNonaktif: addDaysIso(TODAY, -20) });
    expect(beforeRecord.errors?.tanggalNonaktif?.[0]).toMatch(/masih punya catatan bulanan/);
    expect((await db.select().from(sasaran).where(eq(sasaran.id, id)))[0].aktif).toBe(true);
  });
});

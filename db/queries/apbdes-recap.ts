import "server-only";
import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "../client";
import { apbdes, apbdesBaris, regions, sasaranKelompokDesa } from "../schema";
import { inScope } from "./scope";
import { cachedUnder } from "./cached";
import { ensureTargetCounts } from "./target-counts";
import { countedVersions, includesDrafts } from "./apbdes";
import type { Viewer } from "@/lib/auth/viewer";
import { budgetByPaket, type RecapRow } from "@/lib/apbdes/recap";
import { budgetTargetDate } from "@/lib/apbdes/totals";

const sumOf = (expr: SQL) => sql<number>`coalesce(sum(${expr}), 0)`.mapWith(Number);
const STUNTING = sql`${apbdesBaris.stuntingTag} is not null`;

/** The 1.000-HPK groups a budget is divided by (docs/indicators.md §7). */
const HPK_GROUPS = ["ibu_hamil", "ibu_nifas", "anak_0_23"];

type RecapScope = { viewer: Viewer; kode: string; tahun: number; today: string; draf?: boolean };

/** Stunting pagu per paket layanan ('' = none) over the counted budgets (the dashboard's budget chart): the
 * recap's own sums, so chart, cards and recap cannot disagree. */
export async function getStuntingBudgetByPaket(s: RecapScope): Promise<Array<{ paket: string; pagu: number }>> {
  return budgetByPaket((await getApbdesRecap(s)).paket);
}

/** Kecamatan/kabupaten recap: every desa in scope under `kode` with the version of the year that counts
 * (countedVersions: approved by default, the latest whatever its status with `draf`), its sums, whether it
 * budgets the KPM incentive, a newer version that does not count (`pending`), and its 1.000-HPK targets on
 * budgetTargetDate; plus stunting pagu per desa and paket layanan for the chart. Every figure of a row comes
 * from the same version, so realisasi ÷ pagu never mixes an approved realisation with a draft's pagu. */
export function getApbdesRecap({ viewer, kode, tahun, today, draf }: RecapScope) {
  const withDrafts = includesDrafts(viewer, draf);
  return cachedUnder(kode, "apbdes-recap", [viewer.scopeKode, tahun, today, withDrafts], () =>
    computeApbdesRecap({ viewer, kode, tahun, today, draf: withDrafts }),
  );
}

async function computeApbdesRecap({ viewer, kode, tahun, today, draf }: RecapScope) {
  const db = await getDb();
  const scoped = (col: Parameters<typeof inScope>[0]) => and(inScope(col, viewer.scopeKode), inScope(col, kode))!;
  const kecamatan = alias(regions, "kecamatan");
  const counted = countedVersions(db, { viewer, kode, tahun, draf });
  const tanggal = budgetTargetDate(tahun, today);

  const [desa, sums, latest, targets, paket] = await Promise.all([
    db
      .select({ kode: regions.kode, nama: regions.nama, kecamatan: kecamatan.nama })
      .from(regions)
      .leftJoin(kecamatan, eq(kecamatan.kode, regions.parentKode))
      .where(and(eq(regions.jenis, "desa"), scoped(regions.kode)))
      .orderBy(asc(regions.kode)),
    db
      .select({
        kodeWilayah: counted.kodeWilayah,
        id: counted.id,
        status: counted.status,
        versi: counted.versi,
        pagu: sumOf(sql`${apbdesBaris.pagu}`),
        realisasi: sumOf(sql`${apbdesBaris.realisasi}`),
        stuntingPagu: sumOf(sql`case when ${STUNTING} then ${apbdesBaris.pagu} else 0 end`),
        stuntingRealisasi: sumOf(sql`case when ${STUNTING} then ${apbdesBaris.realisasi} else 0 end`),
        insentifKpm: sql<boolean>`coalesce(bool_or(${apbdesBaris.insentifKpm}), false)`,
      })
      .from(counted)
      .leftJoin(apbdesBaris, eq(apbdesBaris.apbdesId, counted.id))
      .groupBy(counted.kodeWilayah, counted.id, counted.status, counted.versi),
    // The latest version whatever its status, to say that a newer one is waiting (it counts only with drafts).
    db
      .selectDistinctOn([apbdes.kodeWilayah], { kodeWilayah: apbdes.kodeWilayah, id: apbdes.id, status: apbdes.status })
      .from(apbdes)
      .where(and(eq(apbdes.tahun, tahun), scoped(apbdes.kodeWilayah)))
      .orderBy(apbdes.kodeWilayah, sql`case when ${apbdes.versi} = 'perubahan' then 0 else 1 end`),
    ensureTargetCounts(kode, tanggal).then(() =>
      db
        .select({
          kodeWilayah: sasaranKelompokDesa.kodeWilayah,
          n: sql<number>`sum(${sasaranKelompokDesa.n})`.mapWith(Number),
        })
        .from(sasaranKelompokDesa)
        .where(
          and(
            eq(sasaranKelompokDesa.tanggal, tanggal),
            scoped(sasaranKelompokDesa.kodeWilayah),
            inArray(sasaranKelompokDesa.kelompok, HPK_GROUPS),
          ),
        )
        .groupBy(sasaranKelompokDesa.kodeWilayah),
    ),
    db
      .select({
        kodeWilayah: counted.kodeWilayah,
        paket: sql<string>`coalesce(${apbdesBaris.paketLayanan}, '')`,
        pagu: sumOf(sql`${apbdesBaris.pagu}`),
      })
      .from(apbdesBaris)
      .innerJoin(counted, eq(apbdesBaris.apbdesId, counted.id))
      .where(STUNTING)
      .groupBy(counted.kodeWilayah, sql`coalesce(${apbdesBaris.paketLayanan}, '')`),
  ]);

  const sumByDesa = new Map(sums.map((s) => [s.kodeWilayah, s]));
  const latestByDesa = new Map(latest.map((l) => [l.kodeWilayah, l]));
  const targetsByDesa = new Map(targets.map((t) => [t.kodeWilayah, t.n]));
  const rows: RecapRow[] = desa.map((d) => {
    const s = sumByDesa.get(d.kode);
    const l = latestByDesa.get(d.kode);
    return {
      kode: d.kode,
      nama: d.nama,
      kecamatan: d.kecamatan ?? "",
      status: s?.status ?? null,
      versi: s?.versi ?? null,
      hasBudget: s !== undefined,
      pending: l && l.id !== s?.id ? l.status : null,
      pagu: s?.pagu ?? 0,
      realisasi: s?.realisasi ?? 0,
      stuntingPagu: s?.stuntingPagu ?? 0,
      stuntingRealisasi: s?.stuntingRealisasi ?? 0,
      insentifKpm: s?.insentifKpm ?? false,
      sasaran: targetsByDesa.get(d.kode) ?? 0,
    };
  });
  return { rows, paket, tanggal, draf: Boolean(draf) };
}

import "server-only";
import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "../client";
import { apbdes, apbdesBaris, regions, sasaranKelompokDesa } from "../schema";
import { inScope } from "./scope";
import { cachedUnder } from "./cached";
import { ensureTargetCounts } from "./target-counts";
import type { Viewer } from "@/lib/auth/viewer";
import type { RecapRow } from "@/lib/apbdes/recap";
import { PAKET_LAYANAN, isPaket } from "@/lib/apbdes/codes";

const sumOf = (expr: SQL) => sql<number>`coalesce(sum(${expr}), 0)`.mapWith(Number);
const STUNTING = sql`${apbdesBaris.stuntingTag} is not null`;

type Scope = { viewer: Viewer; kode: string; tahun: number };

/** Each desa's latest version of the year in scope: perubahan when one exists, else murni, whatever its status. */
function latestVersions(db: Awaited<ReturnType<typeof getDb>>, { viewer, kode, tahun }: Scope) {
  return db
    .selectDistinctOn([apbdes.kodeWilayah], {
      id: apbdes.id,
      kodeWilayah: apbdes.kodeWilayah,
      status: apbdes.status,
      versi: apbdes.versi,
    })
    .from(apbdes)
    .where(
      and(eq(apbdes.tahun, tahun), inScope(apbdes.kodeWilayah, viewer.scopeKode), inScope(apbdes.kodeWilayah, kode)),
    )
    .orderBy(apbdes.kodeWilayah, sql`case when ${apbdes.versi} = 'perubahan' then 0 else 1 end`)
    .as("v");
}

/** Stunting pagu per paket layanan ('' = none) over the desa whose latest version is approved — the dashboard's
 * budget chart, summed in SQL (a handful of rows, not one per desa and paket). */
export async function getStuntingBudgetByPaket(s: Scope): Promise<Array<{ paket: string; pagu: number }>> {
  const db = await getDb();
  const latest = latestVersions(db, s);
  const rows = await db
    .select({ paket: sql<string>`coalesce(${apbdesBaris.paketLayanan}, '')`, pagu: sumOf(sql`${apbdesBaris.pagu}`) })
    .from(apbdesBaris)
    .innerJoin(latest, eq(apbdesBaris.apbdesId, latest.id))
    .where(and(STUNTING, eq(latest.status, "disetujui")))
    .groupBy(sql`coalesce(${apbdesBaris.paketLayanan}, '')`);
  const order = (p: string) => (isPaket(p) ? PAKET_LAYANAN.indexOf(p) : PAKET_LAYANAN.length);
  return rows.sort((a, b) => order(a.paket) - order(b.paket) || a.paket.localeCompare(b.paket));
}

/** Kecamatan/kabupaten recap: every desa in scope under `kode` with its latest version of the year (perubahan
 * when one exists, else murni, whatever its status), its sums, whether it budgets the KPM incentive, and its
 * current 1.000-HPK targets; plus stunting pagu per desa and paket layanan for the chart. */
export function getApbdesRecap({
  viewer,
  kode,
  tahun,
  today,
}: {
  viewer: Viewer;
  kode: string;
  tahun: number;
  today: string;
}) {
  return cachedUnder(kode, "apbdes-recap", [viewer.scopeKode, tahun, today], () =>
    computeApbdesRecap({ viewer, kode, tahun, today }),
  );
}

async function computeApbdesRecap({
  viewer,
  kode,
  tahun,
  today,
}: {
  viewer: Viewer;
  kode: string;
  tahun: number;
  today: string;
}) {
  const db = await getDb();
  const scoped = (col: Parameters<typeof inScope>[0]) => and(inScope(col, viewer.scopeKode), inScope(col, kode))!;
  const kecamatan = alias(regions, "kecamatan");
  const latest = latestVersions(db, { viewer, kode, tahun });

  const [desa, sums, targets, paket] = await Promise.all([
    db
      .select({ kode: regions.kode, nama: regions.nama, kecamatan: kecamatan.nama })
      .from(regions)
      .leftJoin(kecamatan, eq(kecamatan.kode, regions.parentKode))
      .where(and(eq(regions.jenis, "desa"), scoped(regions.kode)))
      .orderBy(asc(regions.kode)),
    db
      .select({
        kodeWilayah: latest.kodeWilayah,
        status: latest.status,
        versi: latest.versi,
        pagu: sumOf(sql`${apbdesBaris.pagu}`),
        realisasi: sumOf(sql`${apbdesBaris.realisasi}`),
        stuntingPagu: sumOf(sql`case when ${STUNTING} then ${apbdesBaris.pagu} else 0 end`),
        stuntingRealisasi: sumOf(sql`case when ${STUNTING} then ${apbdesBaris.realisasi} else 0 end`),
        insentifKpm: sql<boolean>`coalesce(bool_or(${apbdesBaris.insentifKpm}), false)`,
      })
      .from(latest)
      .leftJoin(apbdesBaris, eq(apbdesBaris.apbdesId, latest.id))
      .groupBy(latest.kodeWilayah, latest.status, latest.versi),
    ensureTargetCounts(kode, today).then(() =>
      db
        .select({
          kodeWilayah: sasaranKelompokDesa.kodeWilayah,
          n: sql<number>`sum(${sasaranKelompokDesa.n})`.mapWith(Number),
        })
        .from(sasaranKelompokDesa)
        .where(
          and(
            eq(sasaranKelompokDesa.tanggal, today),
            scoped(sasaranKelompokDesa.kodeWilayah),
            inArray(sasaranKelompokDesa.kelompok, ["ibu_hamil", "ibu_nifas", "anak_0_23"]),
          ),
        )
        .groupBy(sasaranKelompokDesa.kodeWilayah),
    ),
    db
      .select({
        kodeWilayah: latest.kodeWilayah,
        paket: sql<string>`coalesce(${apbdesBaris.paketLayanan}, '')`,
        pagu: sumOf(sql`${apbdesBaris.pagu}`),
      })
      .from(apbdesBaris)
      .innerJoin(latest, eq(apbdesBaris.apbdesId, latest.id))
      .where(STUNTING)
      .groupBy(latest.kodeWilayah, sql`coalesce(${apbdesBaris.paketLayanan}, '')`),
  ]);

  const sumByDesa = new Map(sums.map((s) => [s.kodeWilayah, s]));
  const targetsByDesa = new Map(targets.map((t) => [t.kodeWilayah, t.n]));
  const rows: RecapRow[] = desa.map((d) => {
    const s = sumByDesa.get(d.kode);
    return {
      kode: d.kode,
      nama: d.nama,
      kecamatan: d.kecamatan ?? "",
      status: s?.status ?? null,
      versi: s?.versi ?? null,
      pagu: s?.pagu ?? 0,
      realisasi: s?.realisasi ?? 0,
      stuntingPagu: s?.stuntingPagu ?? 0,
      stuntingRealisasi: s?.stuntingRealisasi ?? 0,
      insentifKpm: s?.insentifKpm ?? false,
      sasaran: targetsByDesa.get(d.kode) ?? 0,
    };
  });
  return { rows, paket };
}

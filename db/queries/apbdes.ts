import "server-only";
import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "../client";
import { apbdes, apbdesBaris, apbdesKegiatan, users } from "../schema";
import { inScope } from "./scope";
import { cachedUnder } from "./cached";
import type { Viewer } from "@/lib/auth/viewer";
import { seesApprovedOnly } from "@/lib/apbdes/access";
import { tabel5Rows, type Tabel5Row } from "@/lib/apbdes/totals";
import { type PaketLayanan, isPaket } from "@/lib/apbdes/codes";

/** Header rows the viewer may see: inside their scope, and approved only for a KPM. */
function visibleHeader(viewer: Viewer): SQL {
  return and(
    inScope(apbdes.kodeWilayah, viewer.scopeKode),
    seesApprovedOnly(viewer) ? eq(apbdes.status, "disetujui") : undefined,
  )!;
}

/** The desa's versions (murni, perubahan) of one tahun anggaran, with who submitted and approved them. */
export async function listApbdesVersions({ viewer, kode, tahun }: { viewer: Viewer; kode: string; tahun: number }) {
  const db = await getDb();
  const pengaju = alias(users, "pengaju");
  const penyetuju = alias(users, "penyetuju");
  return db
    .select({
      id: apbdes.id,
      versi: apbdes.versi,
      status: apbdes.status,
      murniId: apbdes.murniId,
      catatan: apbdes.catatan,
      version: apbdes.version,
      diajukanAt: apbdes.diajukanAt,
      disetujuiAt: apbdes.disetujuiAt,
      diajukanOleh: pengaju.displayName,
      disetujuiOleh: penyetuju.displayName,
      jumlahBaris:
        sql<number>`(select count(*) from ${apbdesBaris} where ${apbdesBaris.apbdesId} = ${apbdes.id})`.mapWith(Number),
    })
    .from(apbdes)
    .leftJoin(pengaju, eq(pengaju.id, apbdes.diajukanOleh))
    .leftJoin(penyetuju, eq(penyetuju.id, apbdes.disetujuiOleh))
    .where(and(eq(apbdes.kodeWilayah, kode), eq(apbdes.tahun, tahun), visibleHeader(viewer)))
    .orderBy(asc(apbdes.versi));
}

/** Years in which the desa has an APBDes the viewer may see, newest first (for the year picker). */
export async function listApbdesYears({ viewer, kode }: { viewer: Viewer; kode: string }) {
  const db = await getDb();
  const rows = await db
    .selectDistinct({ tahun: apbdes.tahun })
    .from(apbdes)
    .where(and(inScope(apbdes.kodeWilayah, kode), visibleHeader(viewer)))
    .orderBy(desc(apbdes.tahun));
  return rows.map((r) => r.tahun);
}

const lineColumns = {
  id: apbdesBaris.id,
  apbdesId: apbdesBaris.apbdesId,
  kodeKegiatan: apbdesBaris.kodeKegiatan,
  namaKegiatan: apbdesKegiatan.nama,
  uraian: apbdesBaris.uraian,
  kodeRekening: apbdesBaris.kodeRekening,
  sumberDana: apbdesBaris.sumberDana,
  volume: apbdesBaris.volume,
  satuan: apbdesBaris.satuan,
  pagu: apbdesBaris.pagu,
  realisasi: apbdesBaris.realisasi,
  stuntingTag: apbdesBaris.stuntingTag,
  paketLayanan: apbdesBaris.paketLayanan,
  indikator: apbdesBaris.indikator,
  insentifKpm: apbdesBaris.insentifKpm,
  version: apbdesBaris.version,
};

/** Lines of one version, in code order; nothing when the version is outside what the viewer may see. */
export async function listApbdesLines({ viewer, kode, apbdesId }: { viewer: Viewer; kode: string; apbdesId: number }) {
  const db = await getDb();
  return db
    .select(lineColumns)
    .from(apbdesBaris)
    .innerJoin(apbdes, eq(apbdes.id, apbdesBaris.apbdesId))
    .leftJoin(apbdesKegiatan, eq(apbdesKegiatan.kode, apbdesBaris.kodeKegiatan))
    .where(and(eq(apbdesBaris.apbdesId, apbdesId), eq(apbdes.kodeWilayah, kode), visibleHeader(viewer)))
    .orderBy(asc(apbdesBaris.kodeKegiatan), asc(apbdesBaris.kodeRekening), asc(apbdesBaris.id));
}

export type ApbdesLineRow = Awaited<ReturnType<typeof listApbdesLines>>[number];

/** One line with its version's header, for the edit page. */
export async function getApbdesLine({ viewer, kode, id }: { viewer: Viewer; kode: string; id: number }) {
  const db = await getDb();
  const [row] = await db
    .select({
      line: lineColumns,
      header: { id: apbdes.id, tahun: apbdes.tahun, versi: apbdes.versi, status: apbdes.status },
    })
    .from(apbdesBaris)
    .innerJoin(apbdes, eq(apbdes.id, apbdesBaris.apbdesId))
    .leftJoin(apbdesKegiatan, eq(apbdesKegiatan.kode, apbdesBaris.kodeKegiatan))
    .where(and(eq(apbdesBaris.id, id), eq(apbdes.kodeWilayah, kode), visibleHeader(viewer)))
    .limit(1);
  return row ?? null;
}

export type VersionScope = { viewer: Viewer; kode: string; tahun: number; draf?: boolean };

/** Whether a view counts budgets not yet approved: only when asked (`draf=1`), and never for a KPM, who sees
 * approved budgets only. */
export function includesDrafts(viewer: Viewer, draf: boolean | undefined): boolean {
  return Boolean(draf) && !seesApprovedOnly(viewer);
}

/** THE rule for which budget counts (docs/indicators.md §7, domain §9.7), one row per desa in scope under `kode`:
 * by default the approved perubahan if there is one, else the approved murni; with `draf` the latest version
 * (perubahan if there is one, else murni) whatever its status. Tabel 5, the recap, the dashboard's budget cards
 * and chart, "gaps without money" and pagu per sasaran all read this subquery. */
export function countedVersions(db: Awaited<ReturnType<typeof getDb>>, { viewer, kode, tahun, draf }: VersionScope) {
  return db
    .selectDistinctOn([apbdes.kodeWilayah], {
      id: apbdes.id,
      kodeWilayah: apbdes.kodeWilayah,
      status: apbdes.status,
      versi: apbdes.versi,
    })
    .from(apbdes)
    .where(
      and(
        eq(apbdes.tahun, tahun),
        includesDrafts(viewer, draf) ? undefined : eq(apbdes.status, "disetujui"),
        inScope(apbdes.kodeWilayah, viewer.scopeKode),
        inScope(apbdes.kodeWilayah, kode),
      ),
    )
    .orderBy(apbdes.kodeWilayah, sql`case when ${apbdes.versi} = 'perubahan' then 0 else 1 end`)
    .as("v");
}

const sumOf = (expr: SQL) => sql<number>`coalesce(sum(${expr}), 0)`.mapWith(Number);
const STUNTING = sql`${apbdesBaris.stuntingTag} is not null`;

/** Scorecard Tabel 5 (domain §8, §9.7): per bidang 1–5 total and stunting pagu and realisasi from approved
 * budgets, pooled over every desa in scope under `kode`. `adaData` is false when no desa has an approved APBDes. */
export function getTabel5({
  viewer,
  kode,
  tahun,
  sumberDana = "semua",
  draf = false,
}: {
  viewer: Viewer;
  kode: string;
  tahun: number;
  sumberDana?: "DDS" | "semua";
  draf?: boolean;
}): Promise<{ adaData: boolean; jumlahDesa: number; rows: Tabel5Row[] }> {
  const withDrafts = includesDrafts(viewer, draf);
  return cachedUnder(kode, "tabel5", [viewer.scopeKode, tahun, sumberDana, withDrafts], () =>
    computeTabel5(viewer, kode, tahun, sumberDana, withDrafts),
  );
}

async function computeTabel5(viewer: Viewer, kode: string, tahun: number, sumberDana: "DDS" | "semua", draf: boolean) {
  const db = await getDb();
  const v = countedVersions(db, { viewer, kode, tahun, draf });
  const bidang = sql<number>`split_part(${apbdesBaris.kodeKegiatan}, '.', 1)::int`;
  const [sums, [{ n }]] = await Promise.all([
    db
      .select({
        bidang: bidang.mapWith(Number),
        pagu: sumOf(sql`${apbdesBaris.pagu}`),
        realisasi: sumOf(sql`${apbdesBaris.realisasi}`),
        stuntingPagu: sumOf(sql`case when ${STUNTING} then ${apbdesBaris.pagu} else 0 end`),
        stuntingRealisasi: sumOf(sql`case when ${STUNTING} then ${apbdesBaris.realisasi} else 0 end`),
      })
      .from(apbdesBaris)
      .innerJoin(v, eq(apbdesBaris.apbdesId, v.id))
      .where(sumberDana === "DDS" ? eq(apbdesBaris.sumberDana, "DDS") : undefined)
      .groupBy(bidang),
    db.select({ n: count() }).from(v),
  ]);
  return { adaData: n > 0, jumlahDesa: n, rows: tabel5Rows(sums) };
}

export type ApprovedStunting = {
  kodeWilayah: string;
  indikator: string[];
  paketLayanan: PaketLayanan[];
  stuntingPagu: number;
};

/** Per desa with a counted APBDes for the year (countedVersions: approved, or any with `draf`): which indicators
 * and paket layanan its stunting-tagged lines fund (empty sets when it funds none), so other modules can show gaps
 * without money. */
export function listApprovedStuntingLines({ viewer, kode, tahun, draf }: VersionScope): Promise<ApprovedStunting[]> {
  const withDrafts = includesDrafts(viewer, draf);
  return cachedUnder(kode, "apbdes-stunting", [viewer.scopeKode, tahun, withDrafts], () =>
    computeApprovedStuntingLines({ viewer, kode, tahun, draf: withDrafts }),
  );
}

async function computeApprovedStuntingLines(scope: VersionScope): Promise<ApprovedStunting[]> {
  const db = await getDb();
  const v = countedVersions(db, scope);
  // One row per desa, aggregated in SQL: a district has thousands of stunting lines, and the dashboard needs only
  // the sets and the sum. Sets sorted byte-wise (collate "C"), like a JavaScript sort.
  const rows = await db
    .select({
      kodeWilayah: v.kodeWilayah,
      indikator: sql<
        string[]
      >`coalesce(array_agg(distinct i.kode collate "C" order by i.kode collate "C") filter (where i.kode is not null), '{}')`,
      paketLayanan: sql<
        string[]
      >`coalesce(array_agg(distinct ${apbdesBaris.paketLayanan} collate "C" order by ${apbdesBaris.paketLayanan} collate "C") filter (where ${apbdesBaris.paketLayanan} is not null), '{}')`,
      stuntingPagu:
        sql<number>`coalesce(sum(${apbdesBaris.pagu}) filter (where i.nomor is null or i.nomor = 1), 0)`.mapWith(
          Number,
        ),
    })
    .from(v)
    .leftJoin(apbdesBaris, and(eq(apbdesBaris.apbdesId, v.id), STUNTING))
    // One row per indicator of a line (or one row for a line without any): `nomor = 1` counts each line's pagu once.
    .leftJoin(sql`lateral unnest(${apbdesBaris.indikator}) with ordinality as i(kode, nomor)`, sql`true`)
    .groupBy(v.kodeWilayah)
    .orderBy(v.kodeWilayah);
  return rows.map((r) => ({ ...r, paketLayanan: r.paketLayanan.filter(isPaket) }));
}

/** One version header of the desa, if the viewer may see it. */
export async function getApbdesHeader({ viewer, kode, id }: { viewer: Viewer; kode: string; id: number }) {
  const db = await getDb();
  const [row] = await db
    .select({ id: apbdes.id, tahun: apbdes.tahun, versi: apbdes.versi, status: apbdes.status })
    .from(apbdes)
    .where(and(eq(apbdes.id, id), eq(apbdes.kodeWilayah, kode), visibleHeader(viewer)))
    .limit(1);
  return row ?? null;
}

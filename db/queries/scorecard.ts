import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { selectRows } from "../raw";
import { isValidKode } from "@/lib/auth/scope";
import { desaRowsUnder } from "./scope";
import { cachedUnder } from "./cached";
import { loadSettings } from "../rollups/scorecard";
import type { Settings } from "@/lib/scorecard/types";
import type { Viewer } from "@/lib/auth/viewer";
import type { JenisSasaran, KelompokKonvergensi, StatusPeriode } from "@/lib/enums";

export type ScorecardParams = {
  viewer: Viewer;
  kode: string;
  tahun: number;
  triwulan: number;
  posyanduId?: number;
  /** Above a desa: include desa whose quarter is not approved (`draf=1`). */
  draf?: boolean;
};

/** A desa or kelurahan code (four segments): its scorecard is the form being approved, shown whatever its status. */
const isDesaKode = (kode: string) => kode.split(".").length === 4;

/** Which desa-quarters a pooled figure counts (docs/indicators.md §5): for a kecamatan or kabupaten, approved
 * quarters only unless `draf`; a desa's own page shows its quarter whatever the status. The same rule as
 * `countedQuarters` of db/queries/dashboard.ts. */
export function countsAllQuarters(p: Pick<ScorecardParams, "kode" | "draf">): boolean {
  return isDesaKode(p.kode) || Boolean(p.draf);
}

/** Rows of konvergensi_sasaran under `kode` (the region itself or anything below it) AND inside the viewer's
 * scope, for one quarter, of the desa-quarters counted (countsAllQuarters). Codes are validated, so they carry no
 * LIKE wildcards. */
function where(p: ScorecardParams, alias = "k"): SQL {
  const col = sql.raw(`${alias}.kode_wilayah`);
  const approved = countsAllQuarters(p)
    ? sql``
    : sql`and exists (select 1 from periode_desa pd where pd.kode_wilayah = ${col} and pd.tahun = ${p.tahun}
        and pd.triwulan = ${p.triwulan} and pd.status = 'disetujui')`;
  return sql`${desaRowsUnder(col, p.kode)} and ${desaRowsUnder(col, p.viewer.scopeKode)}
    and ${sql.raw(`${alias}.tahun`)} = ${p.tahun} and ${sql.raw(`${alias}.triwulan`)} = ${p.triwulan}
    ${p.posyanduId ? sql`and ${sql.raw(`${alias}.posyandu_id`)} = ${p.posyanduId}` : sql``} ${approved}`;
}

export type IndicatorRow = { kelompok: JenisSasaran; nomor: number; y: number; ts: number; n: number };
export type GroupRow = {
  kelompok: KelompokKonvergensi;
  n: number;
  diterima: number;
  seharusnya: number;
  risiko: number;
  h: number;
  k: number;
  m: number;
  td: number;
};

/** Tabel 1–4 for a desa, or pooled over every target below a kecamatan/kabupaten, summing numerators and
 * denominators (never averaging percentages). Without a posyandu filter the sums come from the per-desa
 * roll-up `konvergensi_desa` (maintained with the per-target rows, so a district reads hundreds of rows, not
 * every target's); a posyandu slice sums the per-target rows directly. */
export function getScorecard(p: ScorecardParams) {
  return cachedUnder(
    p.kode,
    "scorecard",
    [p.viewer.scopeKode, p.tahun, p.triwulan, p.posyanduId ?? null, countsAllQuarters(p)],
    () => computeScorecard(p),
  );
}

async function computeScorecard(p: ScorecardParams) {
  const db = await getDb();
  const [indicators, groups, [jtrt]] = await Promise.all([
    selectRows<IndicatorRow>(
      db,
      p.posyanduId
        ? sql`select k.kelompok, i.nomor::int as nomor,
                count(*) filter (where i.c = 'Y')::int as y, count(*) filter (where i.c = '-')::int as ts, count(*)::int as n
              from konvergensi_sasaran k
              cross join lateral unnest(string_to_array(k.hasil, null)) with ordinality as i(c, nomor)
              where ${where(p)} and k.kelompok <> 'paud'
              group by k.kelompok, i.nomor order by k.kelompok, i.nomor`
        : sql`select d.kelompok, i.nomor::int as nomor, sum(i.y)::int as y, sum(i.ts)::int as ts, sum(i.ni)::int as n
              from konvergensi_desa d
              cross join lateral unnest(d.y, d.ts, d.ni) with ordinality as i(y, ts, ni, nomor)
              where ${where(p, "d")} and d.kelompok <> 'paud'
              group by d.kelompok, i.nomor order by d.kelompok, i.nomor`,
    ),
    selectRows<GroupRow>(
      db,
      p.posyanduId
        ? sql`select k.kelompok, count(*)::int as n, coalesce(sum(k.diterima), 0)::int as diterima, coalesce(sum(k.seharusnya), 0)::int as seharusnya,
                count(*) filter (where (k.kelompok = 'ibu' and k.status in ('kek', 'risti')) or (k.kelompok = 'anak' and k.status in ('GK', 'GB', 'S')))::int as risiko,
                count(*) filter (where k.tikar = 'H')::int as h, count(*) filter (where k.tikar = 'K')::int as k,
                count(*) filter (where k.tikar = 'M')::int as m, count(*) filter (where k.kelompok = 'anak' and coalesce(k.tikar, 'TD') = 'TD')::int as td
              from konvergensi_sasaran k where ${where(p)} group by k.kelompok`
        : sql`select d.kelompok, sum(d.n)::int as n, sum(d.diterima)::int as diterima, sum(d.seharusnya)::int as seharusnya, sum(d.risiko)::int as risiko,
                sum(d.h)::int as h, sum(d.k)::int as k, sum(d.m)::int as m, sum(d.td)::int as td
              from konvergensi_desa d where ${where(p, "d")} group by d.kelompok`,
    ),
    // JTRT: distinct households with an ibu or anak target recorded in the quarter; mother and child count once
    // (a household is counted once even when its members' records sit in two desa, so this is not a roll-up).
    selectRows<{ jtrt: number }>(
      db,
      sql`select (count(distinct k.rumah_tangga_id) + count(distinct k.sasaran_id) filter (where k.rumah_tangga_id is null))::int as jtrt
          from konvergensi_sasaran k where ${where(p)} and k.kelompok in ('ibu', 'anak')`,
    ),
  ]);
  const group = (g: GroupRow["kelompok"]): GroupRow =>
    groups.find((r) => r.kelompok === g) ?? {
      kelompok: g,
      n: 0,
      diterima: 0,
      seharusnya: 0,
      risiko: 0,
      h: 0,
      k: 0,
      m: 0,
      td: 0,
    };
  return { indicators, ibu: group("ibu"), anak: group("anak"), paud: group("paud"), jtrt: jtrt?.jtrt ?? 0 };
}

export type DesaScoreRow = {
  kode: string;
  nama: string;
  jenis: string;
  kecamatan: string;
  ibuDiterima: number;
  ibuSeharusnya: number;
  anakDiterima: number;
  anakSeharusnya: number;
  sasaran: number;
  status: StatusPeriode | null;
  /** Whether the desa's figures count in the pooled totals above (approved, or any with drafts included);
   * a desa that does not count shows its status and no figures. */
  counted: boolean;
};

/** Per-desa convergence for a kecamatan/kabupaten from the per-desa roll-up; desa without data are listed too.
 * Figures only for the desa-quarters counted (countsAllQuarters), so the rows add up to the pooled totals. */
export async function listDesaScorecard(p: ScorecardParams): Promise<DesaScoreRow[]> {
  if (!isValidKode(p.kode) || !isValidKode(p.viewer.scopeKode)) return [];
  return cachedUnder(p.kode, "scorecard-desa", [p.viewer.scopeKode, p.tahun, p.triwulan, countsAllQuarters(p)], () =>
    computeDesaScorecard(p),
  );
}

async function computeDesaScorecard(p: ScorecardParams): Promise<DesaScoreRow[]> {
  const db = await getDb();
  const all = countsAllQuarters(p) ? sql`true` : sql`false`;
  const rows = await selectRows<DesaScoreRow>(
    db,
    sql`select r.kode, r.nama, r.jenis, kec.nama as kecamatan,
          coalesce(sum(d.diterima) filter (where d.kelompok = 'ibu'), 0)::int as "ibuDiterima",
          coalesce(sum(d.seharusnya) filter (where d.kelompok = 'ibu'), 0)::int as "ibuSeharusnya",
          coalesce(sum(d.diterima) filter (where d.kelompok = 'anak'), 0)::int as "anakDiterima",
          coalesce(sum(d.seharusnya) filter (where d.kelompok = 'anak'), 0)::int as "anakSeharusnya",
          coalesce(sum(d.n) filter (where d.kelompok in ('ibu', 'anak')), 0)::int as sasaran,
          pd.status, (${all} or pd.status is not distinct from 'disetujui') as counted
        from regions r
        join regions kec on kec.kode = r.parent_kode
        left join periode_desa pd on pd.kode_wilayah = r.kode and pd.tahun = ${p.tahun} and pd.triwulan = ${p.triwulan}
        left join konvergensi_desa d on d.kode_wilayah = r.kode and d.tahun = ${p.tahun} and d.triwulan = ${p.triwulan}
          and (${all} or pd.status = 'disetujui')
        where r.jenis in ('desa', 'kelurahan')
          and (r.kode like ${`${p.kode}.%`}) and (r.kode = ${p.viewer.scopeKode} or r.kode like ${`${p.viewer.scopeKode}.%`})
        group by r.kode, r.nama, r.jenis, kec.nama, pd.status
        order by r.kode`,
  );
  return rows.map((r) => ({ ...r, counted: Boolean(r.counted) }));
}

export type IndicatorTarget = {
  sasaranId: number;
  nama: string;
  kodeWilayah: string;
  desa: string;
  nilai: "Y" | "T" | "TS";
  stage: string | null;
};

/** The targets behind one coverage figure: each target's Y, T or TS for that indicator. */
export async function listIndicatorTargets(
  p: ScorecardParams & { kelompok: KelompokKonvergensi; nomor: number },
): Promise<IndicatorTarget[]> {
  const db = await getDb();
  const nilai =
    p.kelompok === "paud"
      ? sql`case when k.seharusnya = 0 then 'TS' when k.diterima = k.seharusnya then 'Y' else 'T' end`
      : sql`case substr(k.hasil, ${p.nomor}, 1) when 'Y' then 'Y' when 'T' then 'T' else 'TS' end`;
  return selectRows<IndicatorTarget>(
    db,
    sql`select k.sasaran_id as "sasaranId", s.nama, k.kode_wilayah as "kodeWilayah", r.nama as desa, ${nilai} as nilai, k.stage
        from konvergensi_sasaran k join sasaran s on s.id = k.sasaran_id join regions r on r.kode = k.kode_wilayah
          left join regions rk on rk.kode = r.parent_kode
        where ${where(p)} and k.kelompok = ${p.kelompok}
        order by 5 desc, r.nama, s.nama`,
  );
}

/** The scoring settings of a year (pengaturan_tahun, defaults for a year nobody configured), as the stored results
 * were computed with. */
export async function getYearSettings(tahun: number): Promise<Settings> {
  return (await loadSettings(await getDb()))(tahun);
}

export type NifasRecord = {
  sasaranId: number;
  tahun: number;
  bulan: number;
  tanggalMelahirkan: string | null;
  kunjunganNifas: number;
};

/** The monthly records behind mother indicator 3 of these targets (delivery date and KF visits of each month),
 * inside the viewer's scope: the page shows each mother's visits and the end of her nifas period beside the value. */
export async function listNifasRecords({ viewer, ids }: { viewer: Viewer; ids: number[] }): Promise<NifasRecord[]> {
  if (!ids.length) return [];
  const db = await getDb();
  return selectRows<NifasRecord>(
    db,
    sql`select p.sasaran_id as "sasaranId", p.tahun::int, p.bulan::int, to_char(p.tanggal_melahirkan, 'YYYY-MM-DD') as "tanggalMelahirkan",
          p.kunjungan_nifas::int as "kunjunganNifas"
        from pemantauan_ibu p
        where p.sasaran_id = any(${`{${ids.join(",")}}`}::int[]) and ${desaRowsUnder(sql`p.kode_wilayah`, viewer.scopeKode)}`,
  );
}

export type RekapRow = {
  sasaranId: number;
  nama: string;
  noKia: string | null;
  desaKode: string;
  desa: string;
  kecamatan: string;
  stage: string | null;
  status: string | null;
  hasil: string;
  diterima: number;
  seharusnya: number;
};

/** Formulir 3A/3B rows (per target) for the Excel export, each with its desa and kecamatan (code and name), in
 * the order of the page's recap: desa name, then target name. */
export async function listRekap(p: ScorecardParams & { kelompok: JenisSasaran }): Promise<RekapRow[]> {
  const db = await getDb();
  return selectRows<RekapRow>(
    db,
    sql`select k.sasaran_id as "sasaranId", s.nama, s.no_kia as "noKia", r.kode as "desaKode", r.nama as desa, coalesce(rk.nama, '') as kecamatan, k.stage, k.status, k.hasil, k.diterima::int, k.seharusnya::int
        from konvergensi_sasaran k join sasaran s on s.id = k.sasaran_id join regions r on r.kode = k.kode_wilayah
          left join regions rk on rk.kode = r.parent_kode
        where ${where(p)} and k.kelompok = ${p.kelompok} order by r.nama, s.nama`,
  );
}

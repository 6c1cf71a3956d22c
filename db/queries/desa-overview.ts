import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../client";
import { selectRows } from "../raw";
import { isInScope } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { SASARAN_GROUPS } from "@/lib/sasaran/kategori";
import { referenceDate } from "@/lib/dashboard/period";
import { activeOn, anak023On, kelompokOn } from "./target-counts";
import { lengthMeasuredIn } from "./children-measured";
import { BANDS_0_23_SQL, growthCountRows, MEASUREMENT_COLUMNS } from "../rollups/growth";

/** Per posyandu of one desa: targets and children 0–23 as of the period's reference date (docs/indicators.md
 * §1), those children measured in the period (§2), and stunting as the roll-up counts it (§3, the same
 * `growthCountRows`): children whose latest plausible HAZ in the period was taken in this desa, by the posyandu of
 * the child's target, and those of them below −2 SD. */
export async function listPosyanduBreakdown({
  viewer,
  kode,
  from,
  to,
  today,
}: {
  viewer: Viewer;
  kode: string;
  from: string;
  to: string;
  today: string;
}) {
  if (!isInScope(viewer.scopeKode, kode)) return [];
  const db = await getDb();
  const d = referenceDate({ to }, today);
  const groups = sql.join(
    SASARAN_GROUPS.map((g) => sql`${g}`),
    sql`, `,
  );
  return selectRows<{
    id: number;
    nama: string;
    sasaran: number;
    anak: number;
    anakDiukur: number;
    measured: number;
    stunted: number;
  }>(
    db,
    sql`with m as (
          select 'p'::text as periode, ${sql.raw(MEASUREMENT_COLUMNS)}
          from pengukuran u
          where u.tanggal_ukur between ${from}::date and ${to}::date
            and u.sasaran_id in (select sasaran_id from pengukuran where kode_wilayah = ${kode} and tanggal_ukur between ${from}::date and ${to}::date)),
        ${growthCountRows(sql.raw("m"))},
        g as (select s.posyandu_id, sum(c.measured)::int as measured, sum(c.stunted)::int as stunted
              from c join sasaran s on s.id = c.sasaran_id where c.kode_wilayah = ${kode} and ${BANDS_0_23_SQL} group by s.posyandu_id)
        select p.id, p.nama,
          (select count(*) from sasaran s where s.posyandu_id = p.id and ${activeOn(d, "s")} and ${kelompokOn(d, "s")} in (${groups}))::int as sasaran,
          (select count(*) from sasaran s where s.posyandu_id = p.id and ${activeOn(d, "s")} and ${anak023On(d, "s")})::int as anak,
          (select count(*) from sasaran s where s.posyandu_id = p.id and ${activeOn(d, "s")} and ${anak023On(d, "s")}
             and ${lengthMeasuredIn(from, d, "s")})::int as "anakDiukur",
          coalesce(g.measured, 0)::int as measured, coalesce(g.stunted, 0)::int as stunted
        from posyandu p left join g on g.posyandu_id = p.id
        where p.kode_wilayah = ${kode}
        order by p.nama`,
  );
}

/** The desa's pooled convergence for its last quarters (any status), with each quarter's workflow status. */
export async function listQuarterHistory({
  viewer,
  kode,
  quarters,
}: {
  viewer: Viewer;
  kode: string;
  quarters: Array<{ tahun: number; triwulan: number }>;
}) {
  if (!isInScope(viewer.scopeKode, kode) || !quarters.length) return [];
  const db = await getDb();
  const list = sql.join(
    quarters.map((q) => sql`(${q.tahun}::int, ${q.triwulan}::int)`),
    sql`, `,
  );
  const rows = await selectRows<{
    tahun: number;
    triwulan: number;
    diterima: number;
    seharusnya: number;
    status: string | null;
  }>(
    db,
    sql`select q.tahun::int, q.triwulan::int, coalesce(sum(k.diterima), 0)::int as diterima, coalesce(sum(k.seharusnya), 0)::int as seharusnya, pd.status
        from (values ${list}) as q(tahun, triwulan)
        left join konvergensi_desa k on k.kode_wilayah = ${kode} and k.tahun = q.tahun and k.triwulan = q.triwulan and k.kelompok in ('ibu', 'anak')
        left join periode_desa pd on pd.kode_wilayah = ${kode} and pd.tahun = q.tahun and pd.triwulan = q.triwulan
        group by q.tahun, q.triwulan, pd.status order by q.tahun, q.triwulan`,
  );
  return rows;
}

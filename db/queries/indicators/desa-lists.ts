import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "../../client";
import { selectRows } from "../../raw";
import {
  activeOn,
  COUNTED_GROUPS,
  kelompokOn,
  under,
  type DesaMemberRow,
  type IndicatorPeriod,
  type IndicatorScope,
} from "./common";
import type { FigurePart } from "@/lib/indicators/figures";

/** Figures of services and money are lists of desa, each with its share; the list's total is the figure's
 * numerator or denominator (the `count…` twins return that total). */

async function rows(query: SQL): Promise<DesaMemberRow[]> {
  return selectRows<DesaMemberRow>(
    await getDb(),
    sql`select q.kode, r.nama as desa, kec.nama as kecamatan, q.nilai::float8 as nilai
        from (${query}) q join regions r on r.kode = q.kode join regions kec on kec.kode = r.parent_kode
        where q.nilai <> 0 order by kec.nama, r.nama`,
  );
}
async function total(query: SQL): Promise<number> {
  const [r] = await selectRows<{ n: number }>(
    await getDb(),
    sql`select coalesce(sum(q.nilai), 0)::float8 as n from (${query}) q`,
  );
  return r.n;
}

const quarterList = (p: IndicatorPeriod) =>
  sql.join(
    p.quarters.map((q) => sql`(${q.tahun}, ${q.triwulan})`),
    sql`, `,
  );

/** Tingkat konvergensi (docs/indicators.md §5): per desa, services received (numerator) or due (denominator) by
 * its mothers and children 0–23 months, over the period's quarters that the kepala desa approved. */
function convergenceSql(s: IndicatorScope, p: IndicatorPeriod, part: FigurePart): SQL {
  const col = part === "pembilang" ? sql`k.diterima` : sql`k.seharusnya`;
  return sql`select k.kode_wilayah as kode, sum(${col})::bigint as nilai
    from konvergensi_desa k
    join periode_desa pd on pd.kode_wilayah = k.kode_wilayah and pd.tahun = k.tahun and pd.triwulan = k.triwulan and pd.status = 'disetujui'
    where ${under(sql`k.kode_wilayah`, s)} and (k.tahun, k.triwulan) in (${quarterList(p)}) and k.kelompok in ('ibu', 'anak')
    group by k.kode_wilayah`;
}
export const listConvergenceByDesa = (s: IndicatorScope, p: IndicatorPeriod, part: FigurePart) =>
  rows(convergenceSql(s, p, part));
export const countConvergence = (s: IndicatorScope, p: IndicatorPeriod, part: FigurePart) =>
  total(convergenceSql(s, p, part));

/** Per desa with an APBDes of the period's year approved: the version that counts (the perubahan when approved,
 * else the murni) and its stunting-tagged pagu and realisasi. */
function budgetSql(s: IndicatorScope, p: IndicatorPeriod): SQL {
  return sql`select v.kode_wilayah as kode,
      coalesce(sum(b.pagu) filter (where b.stunting_tag is not null), 0) as pagu,
      coalesce(sum(b.realisasi) filter (where b.stunting_tag is not null), 0) as realisasi
    from (select distinct on (a.kode_wilayah) a.id, a.kode_wilayah from apbdes a
          where a.tahun = ${p.tahun} and a.status = 'disetujui' and ${under(sql`a.kode_wilayah`, s)}
          order by a.kode_wilayah, case when a.versi = 'perubahan' then 0 else 1 end) v
    left join apbdes_baris b on b.apbdes_id = v.id
    group by v.kode_wilayah`;
}

/** Pagu stunting (docs/indicators.md §7): per desa with an approved APBDes, its stunting pagu. */
function stuntingBudgetSql(s: IndicatorScope, p: IndicatorPeriod): SQL {
  return sql`select kode, pagu as nilai from (${budgetSql(s, p)}) x`;
}
export const listStuntingBudgetByDesa = (s: IndicatorScope, p: IndicatorPeriod) => rows(stuntingBudgetSql(s, p));
export const countStuntingBudget = (s: IndicatorScope, p: IndicatorPeriod) => total(stuntingBudgetSql(s, p));

/** Realisasi stunting: realisation (numerator) over pagu (denominator) of the same approved stunting lines. */
function realisationSql(s: IndicatorScope, p: IndicatorPeriod, part: FigurePart): SQL {
  return sql`select kode, ${part === "pembilang" ? sql`realisasi` : sql`pagu`} as nilai from (${budgetSql(s, p)}) x`;
}
export const listRealisationByDesa = (s: IndicatorScope, p: IndicatorPeriod, part: FigurePart) =>
  rows(realisationSql(s, p, part));
export const countRealisation = (s: IndicatorScope, p: IndicatorPeriod, part: FigurePart) =>
  total(realisationSql(s, p, part));

/** Pagu per sasaran: stunting pagu (numerator) over the active targets on the period's last day (denominator) of
 * the desa that have an approved APBDes — a desa without one adds neither money nor targets. */
function budgetPerTargetSql(s: IndicatorScope, p: IndicatorPeriod, part: FigurePart): SQL {
  if (part === "pembilang") return stuntingBudgetSql(s, p);
  return sql`select x.kode, (select count(*) from sasaran s
                  where s.kode_wilayah = x.kode and ${activeOn(p.to)} and ${kelompokOn(p.to)} in ${COUNTED_GROUPS}) as nilai
    from (${budgetSql(s, p)}) x`;
}
export const listBudgetPerTargetByDesa = (s: IndicatorScope, p: IndicatorPeriod, part: FigurePart) =>
  rows(budgetPerTargetSql(s, p, part));
export const countBudgetPerTarget = (s: IndicatorScope, p: IndicatorPeriod, part: FigurePart) =>
  total(budgetPerTargetSql(s, p, part));

import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "../../client";
import { selectRows } from "../../raw";
import { countOf, memberColumns, under, type IndicatorPeriod, type IndicatorScope, type MemberRow } from "./common";
import { GROWTH_FIGURES, type FigurePart, type GrowthFigureKey } from "@/lib/indicators/figures";
import { GROWTH_Z, IN_NUMERATOR, latestCarrying, MEASUREMENT_COLUMNS } from "../../rollups/growth";

/** Growth prevalences (docs/indicators.md §3): the children the roll-up counts, from the same SQL
 * (latestCarrying and IN_NUMERATOR in db/rollups/growth.ts): per child, the latest measurement in the period that
 * carries the z-score, in the desa of that measurement, when that measurement's age (completed months) lies in the
 * figure's ages (0–23 or 0–59, §3a); the numerator is those passing the figure's cut-off. */
function growthSql(s: IndicatorScope, p: IndicatorPeriod, figure: GrowthFigureKey, part: FigurePart): SQL {
  const { rule, months } = GROWTH_FIGURES[figure];
  const z = GROWTH_Z[rule];
  const inNumerator = sql.raw(`(${IN_NUMERATOR[rule]})`);
  return sql`with m as (
      select 'p'::text as periode, ${sql.raw(MEASUREMENT_COLUMNS)}
      from pengukuran u
      where u.tanggal_ukur between ${p.from}::date and ${p.to}::date
        and u.sasaran_id in (select v.sasaran_id from pengukuran v
                             where ${under(sql`v.kode_wilayah`, s)} and v.tanggal_ukur between ${p.from}::date and ${p.to}::date)),
    l as (${latestCarrying(sql.raw("m"), z, `tanggal_ukur, umur_bulan, ${z} as z, haz, waz, whz, oedema`)})
    select ${memberColumns}, null::text as kelompok, l.tanggal_ukur::text as tanggal, l.z::float8 as nilai, l.oedema
    from l join sasaran s on s.id = l.sasaran_id
    join regions r on r.kode = l.kode_wilayah left join posyandu p on p.id = s.posyandu_id
    where ${under(sql`l.kode_wilayah`, s)} and l.umur_bulan between ${months.from} and ${months.to} ${part === "pembilang" ? sql`and ${inNumerator}` : sql``}
    order by r.nama, s.nama, s.id`;
}

/** The targets behind one growth figure's numerator or denominator. */
export async function listGrowthMembers(
  s: IndicatorScope,
  p: IndicatorPeriod,
  figure: GrowthFigureKey,
  part: FigurePart,
): Promise<MemberRow[]> {
  // `desa` is the desa of the measurement that counts (a child moved mid-period counts there); `kodeWilayah` stays
  // the target's own desa, where its page is and whose roles see its NIK.
  return selectRows<MemberRow>(await getDb(), growthSql(s, p, figure, part));
}

export async function countGrowthMembers(
  s: IndicatorScope,
  p: IndicatorPeriod,
  figure: GrowthFigureKey,
  part: FigurePart,
): Promise<number> {
  const [r] = await selectRows<{ n: number }>(await getDb(), countOf(growthSql(s, p, figure, part)));
  return r.n;
}

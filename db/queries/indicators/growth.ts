import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "../../client";
import { selectRows } from "../../raw";
import { countOf, memberColumns, under, type IndicatorPeriod, type IndicatorScope, type MemberRow } from "./common";
import { GROWTH_FIGURES, PLAUSIBLE_Z, type FigurePart, type GrowthFigureKey } from "@/lib/indicators/figures";

/** Growth prevalences (docs/indicators.md §3): for each child, the latest measurement dated in the period that has
 * the z-score concerned — a value within WHO's plausibility bounds, or (for the weight-based WHZ and WAZ) a
 * weighing with oedema, which WHO counts as below −3 SD. Denominator: the children with such a measurement, in the
 * desa of that measurement. Numerator: those whose z-score passes the figure's cut-off (oedema counts as wasted and
 * underweight, never as overweight). A weighing without length has no WHZ and no HAZ: it is in no denominator
 * of them. */
function growthSql(s: IndicatorScope, p: IndicatorPeriod, figure: GrowthFigureKey, part: FigurePart): SQL {
  const rule = GROWTH_FIGURES[figure];
  const z = sql.raw(`u.${rule.z}`);
  const [lo, hi] = PLAUSIBLE_Z[rule.z];
  const weightBased = rule.z !== "haz";
  const has = weightBased
    ? sql`((${z} between ${lo} and ${hi}) or (u.oedema and u.berat_kg is not null))`
    : sql`(${z} between ${lo} and ${hi})`;
  const inNumerator =
    "below" in rule
      ? weightBased
        ? sql`(m.oedema or m.z < ${rule.below})`
        : sql`m.z < ${rule.below}`
      : sql`(not m.oedema and m.z > ${rule.above})`;
  return sql`select ${memberColumns}, null::text as kelompok, m.tanggal::text as tanggal, m.z::float8 as nilai, m.oedema
    from (
      select distinct on (u.sasaran_id) u.sasaran_id, u.kode_wilayah, u.tanggal_ukur as tanggal, ${z} as z, u.oedema
      from pengukuran u
      where u.tanggal_ukur between ${p.from}::date and ${p.to}::date and ${has}
        and u.sasaran_id in (select v.sasaran_id from pengukuran v
                             where ${under(sql`v.kode_wilayah`, s)} and v.tanggal_ukur between ${p.from}::date and ${p.to}::date)
      order by u.sasaran_id, u.tanggal_ukur desc, u.id desc) m
    join sasaran s on s.id = m.sasaran_id
    join regions r on r.kode = m.kode_wilayah left join posyandu p on p.id = s.posyandu_id
    where ${under(sql`m.kode_wilayah`, s)} ${part === "pembilang" ? sql`and ${inNumerator}` : sql``}
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

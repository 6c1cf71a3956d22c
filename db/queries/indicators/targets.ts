import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "../../client";
import { selectRows } from "../../raw";
import {
  activeOn,
  countOf,
  COUNTED_GROUPS,
  kelompokOn,
  referenceOf,
  memberColumns,
  memberJoins,
  under,
  type IndicatorPeriod,
  type IndicatorScope,
  type MemberRow,
} from "./common";
import type { FigurePart } from "@/lib/indicators/figures";
import { anak023On } from "../target-counts";

async function rows(query: SQL): Promise<MemberRow[]> {
  return selectRows<MemberRow>(await getDb(), query);
}
async function count(query: SQL): Promise<number> {
  const [r] = await selectRows<{ n: number }>(await getDb(), countOf(query));
  return r.n;
}

/** Sasaran aktif: targets active on the period's last day whose group on that day is ibu hamil, ibu nifas or
 * anak 0–23 months (docs/indicators.md §1). A count: it has only a numerator. */
function activeTargetsSql(s: IndicatorScope, p: IndicatorPeriod): SQL {
  const d = referenceOf(p);
  return sql`select ${memberColumns}, x.kelompok, null::text as tanggal, null::float8 as nilai, false as oedema
    from sasaran s ${memberJoins}
    cross join lateral (select ${kelompokOn(d)} as kelompok) x
    where ${under(sql`s.kode_wilayah`, s)} and ${activeOn(d)} and x.kelompok in ${COUNTED_GROUPS}
    order by r.nama, s.nama, s.id`;
}

export const listActiveTargets = (s: IndicatorScope, p: IndicatorPeriod) => rows(activeTargetsSql(s, p));
export const countActiveTargets = (s: IndicatorScope, p: IndicatorPeriod) => count(activeTargetsSql(s, p));

/** Anak 0–23 bulan diukur (docs/indicators.md §2). Denominator: children active on the period's last day and 0–23
 * months on it (born on or before it, before the second birthday). Numerator: those of them with a length
 * measurement dated in the period. The numerator is a subset of the denominator, so the figure never passes 100 %. */
function childrenMeasuredSql(s: IndicatorScope, p: IndicatorPeriod, part: FigurePart): SQL {
  const measured = part === "pembilang" ? sql`and m.tanggal is not null` : sql``;
  const d = referenceOf(p);
  return sql`select ${memberColumns}, 'anak_0_23' as kelompok, m.tanggal::text as tanggal, m.panjang::float8 as nilai, false as oedema
    from sasaran s ${memberJoins}
    left join lateral (
      select u.tanggal_ukur as tanggal, u.panjang_cm as panjang from pengukuran u
      where u.sasaran_id = s.id and u.panjang_cm is not null and u.tanggal_ukur between ${p.from}::date and ${d}::date
      order by u.tanggal_ukur desc, u.id desc limit 1) m on true
    where ${under(sql`s.kode_wilayah`, s)} and ${activeOn(d)} and ${anak023On(d, "s")} ${measured}
    order by r.nama, s.nama, s.id`;
}

export const listChildrenMeasured = (s: IndicatorScope, p: IndicatorPeriod, part: FigurePart) =>
  rows(childrenMeasuredSql(s, p, part));
export const countChildrenMeasured = (s: IndicatorScope, p: IndicatorPeriod, part: FigurePart) =>
  count(childrenMeasuredSql(s, p, part));

import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "../../client";
import { selectRows } from "../../raw";
import {
  activeOn,
  countOf,
  COUNTED_GROUPS,
  kelompokOn,
  memberColumns,
  memberJoins,
  under,
  type IndicatorPeriod,
  type IndicatorScope,
  type MemberRow,
} from "./common";
import { cutoffOf, DEFAULT_CUTOFF_DAY, type FigurePart } from "@/lib/indicators/figures";
import { monthBounds } from "@/lib/periods";

/** The targets due in the report month with their record of that month, if any: active on the month's last day,
 * in a group whose monthly form is due (ibu hamil, ibu nifas: Formulir 2A; anak 0–23 months: 2B). `tanggal` is
 * the day the record was first saved (Asia/Jakarta). */
function dueSql(s: IndicatorScope, p: IndicatorPeriod): SQL {
  const { tahun, bulan } = p.reportMonth;
  const last = monthBounds(p.reportMonth).last;
  return sql`select ${memberColumns}, x.kelompok,
      to_char(coalesce(ri.created_at, ra.created_at) at time zone 'Asia/Jakarta', 'YYYY-MM-DD') as tanggal,
      null::float8 as nilai, false as oedema
    from sasaran s ${memberJoins}
    cross join lateral (select ${kelompokOn(last)} as kelompok) x
    left join pemantauan_ibu ri on s.jenis = 'ibu' and ri.sasaran_id = s.id and ri.tahun = ${tahun} and ri.bulan = ${bulan}
    left join pemantauan_anak ra on s.jenis = 'anak' and ra.sasaran_id = s.id and ra.tahun = ${tahun} and ra.bulan = ${bulan}
    where ${under(sql`s.kode_wilayah`, s)} and ${activeOn(last)} and x.kelompok in ${COUNTED_GROUPS}`;
}

/** Kelengkapan laporan (docs/indicators.md §4). Denominator: targets due in the report month. Numerator: those of
 * them with a record of that month. */
function completenessSql(s: IndicatorScope, p: IndicatorPeriod, part: FigurePart): SQL {
  return sql`select * from (${dueSql(s, p)}) d ${part === "pembilang" ? sql`where d.tanggal is not null` : sql``}
    order by d.desa, d.nama, d."sasaranId"`;
}

/** Ketepatan waktu (docs/indicators.md §4). Denominator: the records of the report month of targets due in it
 * (the completeness numerator). Numerator: those first saved by the cut-off day (default the 10th of the next
 * month, Asia/Jakarta). */
function timelinessSql(s: IndicatorScope, p: IndicatorPeriod, part: FigurePart, cutoffDay = DEFAULT_CUTOFF_DAY): SQL {
  const cutoff = cutoffOf(p.reportMonth.tahun, p.reportMonth.bulan, cutoffDay);
  const onTime = part === "pembilang" ? sql`and d.tanggal <= ${cutoff}` : sql``;
  return sql`select * from (${dueSql(s, p)}) d where d.tanggal is not null ${onTime}
    order by d.desa, d.nama, d."sasaranId"`;
}

export async function listReportCompleteness(s: IndicatorScope, p: IndicatorPeriod, part: FigurePart) {
  return selectRows<MemberRow>(await getDb(), completenessSql(s, p, part));
}
export async function countReportCompleteness(s: IndicatorScope, p: IndicatorPeriod, part: FigurePart) {
  const [r] = await selectRows<{ n: number }>(await getDb(), countOf(completenessSql(s, p, part)));
  return r.n;
}
export async function listReportTimeliness(s: IndicatorScope, p: IndicatorPeriod, part: FigurePart) {
  return selectRows<MemberRow>(await getDb(), timelinessSql(s, p, part));
}
export async function countReportTimeliness(s: IndicatorScope, p: IndicatorPeriod, part: FigurePart) {
  const [r] = await selectRows<{ n: number }>(await getDb(), countOf(timelinessSql(s, p, part)));
  return r.n;
}

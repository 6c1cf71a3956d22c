import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "../../client";
import { selectRows } from "../../raw";
import {
  countOf,
  kelompokOn,
  memberColumns,
  memberJoins,
  type IndicatorPeriod,
  type IndicatorScope,
  type MemberRow,
} from "./common";
import type { FigurePart } from "@/lib/indicators/figures";
import { formatYearMonth, monthBounds } from "@/lib/periods";
import { cutoffsOf, dueTargets, recordOf } from "../reporting";

/** The targets due in the report month with their record of that month, if any — the dashboard's own rule
 * (dueTargets and recordOf in db/queries/reporting.ts). `tanggal` is the day the record was first saved
 * (Asia/Jakarta). */
function dueSql(s: IndicatorScope, p: IndicatorPeriod): SQL {
  const last = monthBounds(p.reportMonth).last;
  return sql`select ${memberColumns}, ${kelompokOn(last)} as kelompok,
      to_char(rec.created_at at time zone 'Asia/Jakarta', 'YYYY-MM-DD') as tanggal,
      null::float8 as nilai, false as oedema
    from (${dueTargets(p.reportMonth, s)}) due join sasaran s on s.id = due.id ${memberJoins}
    left join lateral (${recordOf(p.reportMonth, sql`s.id`)}) rec on true`;
}

/** Kelengkapan laporan (docs/indicators.md §4). Denominator: targets due in the report month. Numerator: those of
 * them with a record of that month. */
function completenessSql(s: IndicatorScope, p: IndicatorPeriod, part: FigurePart): SQL {
  return sql`select * from (${dueSql(s, p)}) d ${part === "pembilang" ? sql`where d.tanggal is not null` : sql``}
    order by d.desa, d.nama, d."sasaranId"`;
}

/** Ketepatan waktu (docs/indicators.md §4). Denominator: the records of the report month of targets due in it
 * (the completeness numerator). Numerator: those first saved by the year's cut-off day (Asia/Jakarta). */
async function timelinessSql(s: IndicatorScope, p: IndicatorPeriod, part: FigurePart): Promise<SQL> {
  const cutoff = (await cutoffsOf([p.reportMonth])).get(formatYearMonth(p.reportMonth))!;
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
  return selectRows<MemberRow>(await getDb(), await timelinessSql(s, p, part));
}
export async function countReportTimeliness(s: IndicatorScope, p: IndicatorPeriod, part: FigurePart) {
  const [r] = await selectRows<{ n: number }>(await getDb(), countOf(await timelinessSql(s, p, part)));
  return r.n;
}

import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { selectRows } from "../raw";
import { desaRowsUnder } from "./scope";
import { activeOn, kelompokOn } from "./target-counts";
import type { Viewer } from "@/lib/auth/viewer";
import { addDaysIso, formatYearMonth, monthBounds, type YearMonth } from "@/lib/periods";
import { DEFAULT_BATAS_LAPORAN_HARI, reportCutoff, type ReportingCounts } from "@/lib/dashboard/reporting";

/* Report completeness and timeliness, docs/indicators.md §4. Every page that shows them (dashboard card and desa
 * table, its Excel file, the KPM performance page and the KPM's "Tugas bulan ini") reads this module. */

type Scope = { viewer: Viewer; kode: string };

/** Groups whose targets owe a monthly record: ibu hamil and ibu nifas (Formulir 2A), anak 0–23 (Formulir 2B). */
const DUE_GROUPS = sql`('ibu_hamil', 'ibu_nifas', 'anak_0_23')`;

/** The targets due a record in `ym` (columns id, nama, kode_wilayah): active and in a due group on the month's
 * last day, in the desa under `kode` and the viewer's scope. The one place the rule is written. */
export function dueTargets(ym: YearMonth, { viewer, kode }: Scope): SQL {
  const { last } = monthBounds(ym);
  // Who is a target on the month's last day: the rule of every count (target-counts.ts, docs/indicators.md §0).
  return sql`select id, nama, kode_wilayah from sasaran
    where ${activeOn(last)} and ${kelompokOn(last)} in ${DUE_GROUPS}
      and ${desaRowsUnder(sql`kode_wilayah`, kode)} and ${desaRowsUnder(sql`kode_wilayah`, viewer.scopeKode)}`;
}

/** The 2A or 2B record of target `id` for `ym` (at most one: unique per target and month), with the moment it was
 * first saved; each side is one probe of the (sasaran_id, tahun, bulan) unique index, so a district reads only its
 * due targets' records, wherever they were filed. */
export function recordOf(ym: YearMonth, id: SQL): SQL {
  return sql`select created_at from pemantauan_ibu where sasaran_id = ${id} and tahun = ${ym.tahun} and bulan = ${ym.bulan}
    union all select created_at from pemantauan_anak where sasaran_id = ${id} and tahun = ${ym.tahun} and bulan = ${ym.bulan}`;
}

/** Cut-off (last on-time WIB date) of each month, from the year's `batas_laporan_hari` (default 10). */
export async function cutoffsOf(months: YearMonth[]): Promise<Map<string, string>> {
  const db = await getDb();
  const years = [...new Set(months.map((m) => m.tahun))];
  const rows = years.length
    ? await selectRows<{ tahun: number; hari: number }>(
        db,
        sql`select tahun::int as tahun, batas_laporan_hari::int as hari from pengaturan_tahun
            where tahun in (${sql.join(
              years.map((y) => sql`${y}`),
              sql`, `,
            )})`,
      )
    : [];
  const day = new Map(rows.map((r) => [r.tahun, r.hari]));
  return new Map(
    months.map((m) => [formatYearMonth(m), reportCutoff(m, day.get(m.tahun) ?? DEFAULT_BATAS_LAPORAN_HARI)]),
  );
}

/** Per desa counts of one month: due targets, those with a record, and of those records the ones first saved
 * (created_at; a later edit does not change it) before the day after the cut-off began in WIB. */
function countsOfMonth(ym: YearMonth, cutoff: string, s: Scope): SQL {
  const end = addDaysIso(cutoff, 1);
  return sql`select d.kode_wilayah as kode, ${formatYearMonth(ym)}::text as ym, count(*)::int as wajib,
      count(r.created_at)::int as tercatat,
      count(*) filter (where r.created_at < ${end}::timestamp at time zone 'Asia/Jakarta')::int as "tepatWaktu"
    from (${dueTargets(ym, s)}) d left join lateral (${recordOf(ym, sql`d.id`)}) r on true
    group by d.kode_wilayah`;
}

export type ReportingRow = ReportingCounts & { kode: string };

/** One month's reporting per desa under the region (only desa with a due target have a row), and its cut-off. */
export async function listReportingByDesa(s: Scope & { ym: YearMonth }): Promise<{
  cutoff: string;
  rows: ReportingRow[];
}> {
  const cutoff = (await cutoffsOf([s.ym])).get(formatYearMonth(s.ym))!;
  const db = await getDb();
  const rows = await selectRows<ReportingRow & { ym: string }>(db, countsOfMonth(s.ym, cutoff, s));
  return { cutoff, rows: rows.map(({ kode, wajib, tercatat, tepatWaktu }) => ({ kode, wajib, tercatat, tepatWaktu })) };
}

/** Several months at once (the KPM page's window), one row per desa and month (YYYY-MM) with a due target. */
export async function listReportingByDesaMonths(
  s: Scope & { months: YearMonth[] },
): Promise<Array<ReportingRow & { ym: string }>> {
  if (!s.months.length) return [];
  const cutoffs = await cutoffsOf(s.months);
  const db = await getDb();
  return selectRows<ReportingRow & { ym: string }>(
    db,
    sql.join(
      s.months.map((m) => sql`(${countsOfMonth(m, cutoffs.get(formatYearMonth(m))!, s)})`),
      sql` union all `,
    ),
  );
}

/** The desa's due targets without a record for `ym` (the KPM's "belum dicatat" list), by name. */
export async function listDueWithoutRecord(s: Scope & { ym: YearMonth }): Promise<Array<{ id: number; nama: string }>> {
  const db = await getDb();
  const rows = await selectRows<{ id: number; nama: string }>(
    db,
    sql`select d.id, d.nama from (${dueTargets(s.ym, s)}) d
        where not exists (${recordOf(s.ym, sql`d.id`)})
        order by d.nama, d.id`,
  );
  return rows.map((r) => ({ id: Number(r.id), nama: r.nama }));
}

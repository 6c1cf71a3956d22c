import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { desaRowsUnder } from "../scope";
import type { Viewer } from "@/lib/auth/viewer";
import type { DashboardPeriod } from "@/lib/dashboard/period";
import { referenceDate } from "@/lib/dashboard/period";
import { todayIso } from "@/lib/periods";
import { activeOn as activeOnDate, kelompokOn as kelompokOnDate } from "../target-counts";

/** Who asks and about which region: every membership query is filtered in SQL to rows under `kode` AND inside the
 * viewer's scope, like the dashboard's own queries. */
export type IndicatorScope = { viewer: Viewer; kode: string };
/** The dashboard's period (lib/dashboard/period.ts): `from`–`to`, its quarters, its report month and year. */
export type IndicatorPeriod = Pick<DashboardPeriod, "from" | "to" | "quarters" | "reportMonth" | "tahun">;

/** One target behind a figure, with what put it there. */
export type MemberRow = {
  sasaranId: number;
  nama: string;
  nik: string | null;
  kodeWilayah: string;
  desa: string;
  posyandu: string | null;
  /** Its group on the period's last day (lib/sasaran/kategori names), where the figure is about groups. */
  kelompok: string | null;
  /** The date that put it there: the measurement date, the day a record was saved; null when there is none. */
  tanggal: string | null;
  /** The value that put it there: a z-score, a length in cm; null when there is none. */
  nilai: number | null;
  oedema: boolean;
};

/** One desa behind a figure of money or services, with its share of the numerator or denominator. */
export type DesaMemberRow = { kode: string; desa: string; kecamatan: string; nilai: number };

/** `col` (a desa/kelurahan code) lies under `kode` and inside the viewer's scope. */
export function under(col: SQL, { viewer, kode }: IndicatorScope): SQL {
  return sql`${desaRowsUnder(col, kode)} and ${desaRowsUnder(col, viewer.scopeKode)}`;
}

/** "Active on `date`" and "group on `date`" for the target row `s`: the rule every count of targets uses
 * (db/queries/target-counts.ts, docs/indicators.md §0), so a list and its figure cannot part. */
export const activeOn = (date: string): SQL => activeOnDate(date, "s");
export const kelompokOn = (date: string): SQL => kelompokOnDate(date, "s");

/** The day that decides who is a target in `p`: its last day, never after today (lib/dashboard/period.ts). */
export const referenceOf = (p: Pick<IndicatorPeriod, "to">): string => referenceDate(p, todayIso());

/** The groups that count as "sasaran" on the dashboard and whose monthly record is due (Formulir 2A, 2B). */
export const COUNTED_GROUPS = sql`('ibu_hamil', 'ibu_nifas', 'anak_0_23')`;

/** The columns of a MemberRow from target `s` (joined to regions `r` and posyandu `p`). */
export const memberColumns = sql`s.id as "sasaranId", s.nama, s.nik, s.kode_wilayah as "kodeWilayah", r.nama as desa, p.nama as posyandu`;
export const memberJoins = sql`join regions r on r.kode = s.kode_wilayah left join posyandu p on p.id = s.posyandu_id`;

/** Count of a membership query's rows, from the same SQL (the `count…` twins). */
export function countOf(query: SQL): SQL {
  return sql`select count(*)::int as n from (${query}) as members`;
}

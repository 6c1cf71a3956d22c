import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { desaRowsUnder } from "../scope";
import type { Viewer } from "@/lib/auth/viewer";
import type { DashboardPeriod } from "@/lib/dashboard/period";
import { NIFAS_DAYS } from "@/lib/sasaran/kategori";

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

/** "Active on `date`" for the target row `s`. The schema has only `aktif` today; once a deactivation date exists
 * (issue 16, item 4) this one fragment becomes `(s.tanggal_nonaktif is null or s.tanggal_nonaktif > date)`. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the date is the signature the deactivation date needs
export function activeOn(_date: string): SQL {
  return sql`s.aktif`;
}

/** The group of target `s` on `date`, by calendar: a child is 0–23 months from birth to the day before the
 * second birthday, PAUD 2–6 to the day before the sixth; a mother is nifas from delivery for 42 days. A child born
 * after `date`, or a mother delivering after it, is in the group she or he was in on that date. */
export function kelompokOn(date: string): SQL {
  const d = sql`${date}::date`;
  return sql`case
    when s.jenis = 'ibu' and (s.tanggal_melahirkan is null or s.tanggal_melahirkan > ${d}) then 'ibu_hamil'
    when s.jenis = 'ibu' and s.tanggal_melahirkan + ${NIFAS_DAYS}::int >= ${d} then 'ibu_nifas'
    when s.jenis = 'ibu' then 'ibu_selesai'
    when ${d} < s.tanggal_lahir then 'belum_lahir'
    when ${d} < (s.tanggal_lahir + interval '2 years')::date then 'anak_0_23'
    when ${d} < (s.tanggal_lahir + interval '6 years')::date then 'anak_2_6_paud'
    else 'anak_lulus' end`;
}

/** The groups that count as "sasaran" on the dashboard and whose monthly record is due (Formulir 2A, 2B). */
export const COUNTED_GROUPS = sql`('ibu_hamil', 'ibu_nifas', 'anak_0_23')`;

/** The columns of a MemberRow from target `s` (joined to regions `r` and posyandu `p`). */
export const memberColumns = sql`s.id as "sasaranId", s.nama, s.nik, s.kode_wilayah as "kodeWilayah", r.nama as desa, p.nama as posyandu`;
export const memberJoins = sql`join regions r on r.kode = s.kode_wilayah left join posyandu p on p.id = s.posyandu_id`;

/** Count of a membership query's rows, from the same SQL (the `count…` twins). */
export function countOf(query: SQL): SQL {
  return sql`select count(*)::int as n from (${query}) as members`;
}

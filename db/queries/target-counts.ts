import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { selectRows } from "../raw";
import { isValidKode } from "@/lib/auth/scope";
import {
  ANAK_0_23_YEARS,
  BALITA_END_YEARS,
  NIFAS_DAYS,
  PAUD_END_YEARS,
  PREGNANCY_DAYS,
  type Kategori,
  type MonitoringGroup,
} from "@/lib/sasaran/kategori";
import { monthBounds, type YearMonth } from "@/lib/periods";

/* Who is a target on a date (docs/indicators.md §0–1), in SQL: every query that counts or lists targets "as of" a
 * date builds its condition from these, so the dashboard cards, the desa table, the measured figure and the KPM and
 * posyandu pages agree. `alias` names the sasaran table in the caller's FROM (none: unqualified columns). */

const col = (alias: string | undefined, name: string) => sql.raw(alias ? `${alias}.${name}` : name);
const dateOf = (tanggal: string | SQL) => (typeof tanggal === "string" ? sql`${tanggal}::date` : tanggal);

/** A target counts on `tanggal` when it was not deactivated on or before that date (moved out, died): counted in
 * the months before its end date, not after. */
export function activeOn(tanggal: string | SQL, alias?: string): SQL {
  const nonaktif = col(alias, "tanggal_nonaktif");
  return sql`(${nonaktif} is null or ${nonaktif} > ${dateOf(tanggal)})`;
}

/** The n-th birthday in SQL; 29 February becomes 28 February in a common year, as addYearsIso does. */
const birthday = (alias: string | undefined, years: number) =>
  sql`(${col(alias, "tanggal_lahir")} + ${sql.raw(`interval '${Number(years)} years'`)})::date`;

/** The second birthday (first day out of 0–23) and the sixth (first day out of PAUD), as SQL dates. */
export const secondBirthdaySql = (alias?: string) => birthday(alias, ANAK_0_23_YEARS);
export const sixthBirthdaySql = (alias?: string) => birthday(alias, PAUD_END_YEARS);
export const fifthBirthdaySql = (alias?: string) => birthday(alias, BALITA_END_YEARS);

/** `monitoringGroupIn` (lib/sasaran/kategori.ts) in SQL: 'anak_0_23', 'balita_24_59' or null for a child in month
 * `ym` (a mother: null). */
export function monitoringGroupSql(ym: YearMonth, alias?: string): SQL<MonitoringGroup | null> {
  const { first, last } = monthBounds(ym);
  return sql<MonitoringGroup | null>`(case when ${col(alias, "jenis")} <> 'anak' or ${col(alias, "tanggal_lahir")} > ${last}::date then null
    when ${secondBirthdaySql(alias)} > ${first}::date then 'anak_0_23'
    when ${fifthBirthdaySql(alias)} > ${first}::date then 'balita_24_59' end)`;
}

/** A child in the balita record's group in month `ym` (24–59 months, see monitoringGroupSql), index-friendly. */
export function balitaIn(ym: YearMonth, alias?: string): SQL {
  const { first } = monthBounds(ym);
  return sql`(${col(alias, "jenis")} = 'anak' and ${secondBirthdaySql(alias)} <= ${first}::date and ${fifthBirthdaySql(alias)} > ${first}::date)`;
}

/** A child aged 0–23 months on `tanggal` by calendar: born on or before it, second birthday after it. (Two years
 * are at most 731 days, so `tanggal_lahir > tanggal − 731` is implied; it is spelled out for the index range.) */
export function anak023On(tanggal: string | SQL, alias?: string): SQL {
  const d = dateOf(tanggal);
  const lahir = col(alias, "tanggal_lahir");
  return sql`(${col(alias, "jenis")} = 'anak' and ${lahir} <= ${d} and ${lahir} > ${d} - 731 and ${d} < ${birthday(alias, ANAK_0_23_YEARS)})`;
}

export type KelompokOn = Kategori | "belum_lahir" | "belum_hamil";

/** Groups of no count: a child born after the date, a mother whose pregnancy began after it (a past period). */
export const NOT_YET = ["belum_lahir", "belum_hamil"] as const;

/** The group of a target on `tanggal` (kelompokOnDate in lib/sasaran/kategori.ts), or `belum_lahir` for a child
 * born after that date and `belum_hamil` for a mother whose pregnancy began after it (targetFrom: the earliest of
 * HPL − 280 days, delivery − 280 days and her registration): in no group yet. `notYet: false` gives the group
 * of the first day instead (kategoriOf, for lists of today's targets). */
export function kelompokOn(tanggal: string | SQL, alias?: string, opts: { notYet?: boolean } = {}): SQL<KelompokOn> {
  const d = dateOf(tanggal);
  const jenis = col(alias, "jenis");
  const lahir = col(alias, "tanggal_lahir");
  const melahirkan = col(alias, "tanggal_melahirkan");
  const from = sql`least(${col(alias, "hpl")} - ${PREGNANCY_DAYS}::int, ${melahirkan} - ${PREGNANCY_DAYS}::int, (${col(alias, "created_at")} at time zone 'Asia/Jakarta')::date)`;
  const notYet = opts.notYet ?? true;
  return sql<KelompokOn>`case
    when ${jenis} = 'ibu' and ${melahirkan} <= ${d} and ${melahirkan} + ${NIFAS_DAYS}::int >= ${d} then 'ibu_nifas'
    when ${jenis} = 'ibu' and ${melahirkan} <= ${d} then 'ibu_selesai'
    ${notYet ? sql`when ${jenis} = 'ibu' and ${from} > ${d} then 'belum_hamil'` : sql``}
    when ${jenis} = 'ibu' then 'ibu_hamil'
    ${notYet ? sql`when ${d} < ${lahir} then 'belum_lahir'` : sql``}
    when ${d} < ${birthday(alias, ANAK_0_23_YEARS)} then 'anak_0_23'
    when ${d} < ${birthday(alias, PAUD_END_YEARS)} then 'anak_2_6_paud'
    else 'anak_lulus' end`;
}

/** The kabupaten codes (first two segments) whose counts a page under `kode` reads. */
async function kabupatenOf(kode: string): Promise<string[]> {
  const parts = kode.split(".");
  if (parts.length >= 2) return [`${parts[0]}.${parts[1]}`];
  const db = await getDb();
  return (
    await selectRows<{ kode: string }>(
      db,
      sql`select kode from regions where jenis = 'kabupaten' and kode like ${`${kode}.%`}`,
    )
  ).map((r) => r.kode);
}

/** Makes sure the per-desa counts of `tanggal` exist for the kabupaten(s) of `kode`: filled on first read, under
 * the lock the invalidation trigger takes, so a fill either sees a write or is dropped by it. */
export async function ensureTargetCounts(kode: string, tanggal: string): Promise<void> {
  if (!isValidKode(kode) || !/^\d{4}-\d{2}-\d{2}$/.test(tanggal)) return;
  const db = await getDb();
  for (const kab of await kabupatenOf(kode)) {
    const [have] = await selectRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from sasaran_kelompok_isi where tanggal = ${tanggal}::date and kabupaten = ${kab}`,
    );
    if (have.n) continue;
    await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('sasaran_kelompok_desa'))`);
      const [again] = await selectRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from sasaran_kelompok_isi where tanggal = ${tanggal}::date and kabupaten = ${kab}`,
      );
      if (again.n) return;
      // Drop this date's old rows and every date the trigger has invalidated since.
      await tx.execute(sql`delete from sasaran_kelompok_desa d where d.kode_wilayah like ${`${kab}.%`}
        and (d.tanggal = ${tanggal}::date or not exists (select 1 from sasaran_kelompok_isi i where i.tanggal = d.tanggal and i.kabupaten = ${kab}))`);
      await tx.execute(sql`insert into sasaran_kelompok_desa (tanggal, kode_wilayah, kelompok, n)
        select ${tanggal}::date, kode_wilayah, ${kelompokOn(tanggal)}, count(*)::int from sasaran
        where ${activeOn(tanggal)} and kode_wilayah like ${`${kab}.%`} group by 2, 3`);
      await tx.execute(
        sql`insert into sasaran_kelompok_isi (tanggal, kabupaten) values (${tanggal}::date, ${kab}) on conflict do nothing`,
      );
    });
  }
}

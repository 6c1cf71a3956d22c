import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../client";
import { selectRows } from "../raw";
import { isValidKode } from "@/lib/auth/scope";
import { ANAK_0_23_MAX_DAYS, NIFAS_DAYS, PAUD_MAX_DAYS } from "@/lib/sasaran/kategori";

/** The group of an active target on `tanggal` (lib/sasaran/kategori.ts), plus `belum_lahir` for a child born
 * after that date (a past period's end), who is in no group yet. */
export function kelompokOn(tanggal: string) {
  return sql`case
    when jenis = 'ibu' and tanggal_melahirkan is null then 'ibu_hamil'
    when jenis = 'ibu' and tanggal_melahirkan + ${NIFAS_DAYS}::int >= ${tanggal}::date then 'ibu_nifas'
    when jenis = 'ibu' then 'ibu_selesai'
    when ${tanggal}::date < tanggal_lahir then 'belum_lahir'
    when ${tanggal}::date - tanggal_lahir <= ${ANAK_0_23_MAX_DAYS}::int then 'anak_0_23'
    when ${tanggal}::date - tanggal_lahir <= ${PAUD_MAX_DAYS}::int then 'anak_2_6_paud'
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
        where aktif and kode_wilayah like ${`${kab}.%`} group by 2, 3`);
      await tx.execute(
        sql`insert into sasaran_kelompok_isi (tanggal, kabupaten) values (${tanggal}::date, ${kab}) on conflict do nothing`,
      );
    });
  }
}

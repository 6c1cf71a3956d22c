import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../client";
import { selectRows } from "../raw";
import type { Viewer } from "@/lib/auth/viewer";
import { isInScope } from "@/lib/auth/scope";
import { currentYearMonth, type YearMonth } from "@/lib/periods";
import type { CaraUkur, JenisKelamin, StatusPaud } from "@/lib/enums";
import { balitaIn } from "./target-counts";

/* The rows of the two balita Excel exports (docs/excel-reports.md): the desa's balita 24–59 months with their latest
 * weighing, and the balita records of one month with their measurement. A desa's rows only, and only when the desa
 * is in the viewer's scope (the route is guarded too). Numbers arrive as numbers (float8), dates as YYYY-MM-DD. */

/** The measurement columns both exports carry (a `pengukuran` row; null when there is none). */
export type MeasurementCells = {
  tanggalUkur: string | null;
  beratKg: number | null;
  panjangCm: number | null;
  caraUkur: CaraUkur | null;
  panjangKoreksiCm: number | null;
  oedema: boolean | null;
  haz: number | null;
  kategoriHaz: string | null;
  waz: number | null;
  kategoriWaz: string | null;
  whz: number | null;
  kategoriWhz: string | null;
  baz: number | null;
  kategoriBaz: string | null;
};

const measurementColumns = sql`to_char(u.tanggal_ukur, 'YYYY-MM-DD') as "tanggalUkur", u.berat_kg::float8 as "beratKg",
  u.panjang_cm::float8 as "panjangCm", u.cara_ukur as "caraUkur", u.panjang_koreksi_cm::float8 as "panjangKoreksiCm",
  u.oedema, u.haz::float8 as haz, u.kategori_haz as "kategoriHaz", u.waz::float8 as waz, u.kategori_waz as "kategoriWaz",
  u.whz::float8 as whz, u.kategori_whz as "kategoriWhz", u.baz::float8 as baz, u.kategori_baz as "kategoriBaz"`;

export type BalitaListRow = MeasurementCells & {
  id: number;
  nama: string;
  nik: string | null;
  jenisKelamin: JenisKelamin;
  tanggalLahir: string;
  posyanduNama: string;
  noKia: string | null;
};

/** The active children of the desa in the balita record's group this month (balitaIn: 24–59 months by the
 * calendar, lib/sasaran/kategori.ts monitoringGroupIn), each with its latest weighing recorded in this desa (a
 * measurement with a weight, whichever form it came from). Posyandu, then name. */
export async function listBalitaForExport({
  viewer,
  kode,
  ym = currentYearMonth(),
}: {
  viewer: Viewer;
  kode: string;
  ym?: YearMonth;
}): Promise<BalitaListRow[]> {
  if (!isInScope(viewer.scopeKode, kode)) return [];
  const db = await getDb();
  const rows = await selectRows<BalitaListRow>(
    db,
    sql`
    select s.id, s.nama, s.nik, s.jenis_kelamin as "jenisKelamin", to_char(s.tanggal_lahir, 'YYYY-MM-DD') as "tanggalLahir",
      ps.nama as "posyanduNama", s.no_kia as "noKia", ${measurementColumns}
    from sasaran s
    join posyandu ps on ps.id = s.posyandu_id
    left join lateral (select * from pengukuran p where p.sasaran_id = s.id and p.kode_wilayah = s.kode_wilayah
      and p.berat_kg is not null order by p.tanggal_ukur desc, p.id desc limit 1) u on true
    where s.kode_wilayah = ${kode} and s.aktif and ${balitaIn(ym, "s")}
    order by ps.nama, s.nama, s.id`,
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

export type BalitaMonthRow = MeasurementCells & {
  id: number;
  nama: string;
  nik: string | null;
  jenisKelamin: JenisKelamin;
  tanggalLahir: string;
  posyanduNama: string;
  tanggalPeriksa: string;
  umurBulan: number;
  ditimbang: boolean;
  vitaminA: boolean;
  obatCacing: boolean;
  imunisasiLanjutan: boolean;
  pmt: boolean;
  rujukan: boolean;
  kunjunganRumah: boolean;
  /** PAUD attendance of the same month (stored in pemantauan_paud, where the balita form writes it). */
  statusPaud: StatusPaud | null;
};

/** The balita records (pemantauan_balita) of the desa in month `ym`, one row per child, with the month's
 * measurement and PAUD attendance. Posyandu of the record, then name. */
export async function listBalitaMonthForExport({
  viewer,
  kode,
  ym,
}: {
  viewer: Viewer;
  kode: string;
  ym: YearMonth;
}): Promise<BalitaMonthRow[]> {
  if (!isInScope(viewer.scopeKode, kode)) return [];
  const db = await getDb();
  const rows = await selectRows<BalitaMonthRow>(
    db,
    sql`
    select s.id, s.nama, s.nik, s.jenis_kelamin as "jenisKelamin", to_char(s.tanggal_lahir, 'YYYY-MM-DD') as "tanggalLahir",
      ps.nama as "posyanduNama", to_char(b.tanggal_periksa, 'YYYY-MM-DD') as "tanggalPeriksa", b.umur_bulan as "umurBulan",
      b.ditimbang, b.vitamin_a as "vitaminA", b.obat_cacing as "obatCacing", b.imunisasi_lanjutan as "imunisasiLanjutan",
      b.pmt, b.rujukan, b.kunjungan_rumah as "kunjunganRumah", pp.status as "statusPaud", ${measurementColumns}
    from pemantauan_balita b
    join sasaran s on s.id = b.sasaran_id
    join posyandu ps on ps.id = b.posyandu_id
    left join pengukuran u on u.pemantauan_balita_id = b.id
    left join pemantauan_paud pp on pp.sasaran_id = b.sasaran_id and pp.tahun = b.tahun and pp.bulan = b.bulan
    where b.kode_wilayah = ${kode} and b.tahun = ${ym.tahun} and b.bulan = ${ym.bulan}
    order by ps.nama, s.nama, s.id`,
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), umurBulan: Number(r.umurBulan) }));
}

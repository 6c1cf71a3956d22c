import "server-only";
import { and, asc, eq, gte, inArray, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { getDb } from "../client";
import {
  pemantauanAnak,
  pemantauanBalita,
  pemantauanIbu,
  pemantauanPaud,
  pengukuran,
  periodeDesa,
  posyandu,
  rumahTangga,
  sasaran,
} from "../schema";
import { inScope } from "./scope";
import { getRegionInScope } from "./regions";
import { getYearSettings } from "./scorecard";
import { getTugasBulanIni } from "./tugas";
import type { Viewer } from "@/lib/auth/viewer";
import { sectionAt } from "@/lib/sections";
import { maskNik } from "@/lib/people/nik";
import { currentYearMonth, formatYearMonth, monthBounds, todayIso, type YearMonth } from "@/lib/periods";
import {
  offlineWindowStart,
  type OfflineBalitaMeasurement,
  type OfflineMeasurement,
  type OfflineSnapshot,
} from "@/lib/offline/protocol";
import { capturesOffline } from "@/lib/offline/eligibility";

/* What the phone of a desa's KPM downloads for offline capture (GET /api/luring/data; docs/offline-sync.md): the
 * desa's active targets (NIK masked), its households and posyandu, and the monthly records of the last
 * OFFLINE_MONTHS months — all of it, or only what changed since the phone's cursor. Every read is scoped in SQL
 * by the viewer as well as named by the desa. */

/** How far before the phone's cursor a delta starts again: a transaction that began before the previous read and
 * committed after it has an updated_at before that cursor. The phone upserts, so rows sent twice do no harm. */
export const DELTA_OVERLAP_MS = 2 * 60 * 1000;

/** The desa whose data this viewer may take offline: a KPM (monitoring writer) whose scope is one desa where the
 * monitoring section is written. Anyone else: null (403). */
export async function getOfflineDesa(viewer: Viewer) {
  if (!capturesOffline(viewer)) return null;
  const region = await getRegionInScope({ viewer, kode: viewer.scopeKode });
  return region && sectionAt("pemantauan", region.jenis, "write") ? region : null;
}

/** Where a delta starts: null (everything) without a cursor, with one that is no date, one in the future, or one
 * from before the window (the phone has been away too long to patch up). */
export function deltaStart(sejak: string | null, now: Date): Date | null {
  if (!sejak) return null;
  const at = new Date(sejak);
  if (Number.isNaN(at.getTime()) || at.getTime() > now.getTime()) return null;
  const first = new Date(`${monthBounds(offlineWindowStart(currentYearMonth(now))).first}T00:00:00+07:00`);
  if (at < first) return null;
  return new Date(at.getTime() - DELTA_OVERLAP_MS);
}

const changedSince = (since: Date | null, ...columns: AnyPgColumn[]): SQL | undefined =>
  since ? or(...columns.map((c) => gte(c, since))) : undefined;

type MonthTable = typeof pemantauanIbu | typeof pemantauanAnak | typeof pemantauanPaud | typeof pemantauanBalita;

const inWindow = (t: MonthTable, from: YearMonth) => sql`(${t.tahun}, ${t.bulan}) >= (${from.tahun}, ${from.bulan})`;

/** A measurement as the phone holds it (the record it belongs to is added by each query). */
const ukurColumns = {
  sasaranId: pengukuran.sasaranId,
  tanggalUkur: pengukuran.tanggalUkur,
  umurHari: pengukuran.umurHari,
  beratKg: pengukuran.beratKg,
  panjangCm: pengukuran.panjangCm,
  caraUkur: pengukuran.caraUkur,
  oedema: pengukuran.oedema,
  panjangKoreksiCm: pengukuran.panjangKoreksiCm,
  haz: pengukuran.haz,
  waz: pengukuran.waz,
  whz: pengukuran.whz,
  baz: pengukuran.baz,
  kategoriHaz: pengukuran.kategoriHaz,
  kategoriWaz: pengukuran.kategoriWaz,
  kategoriWhz: pengukuran.kategoriWhz,
  kategoriBaz: pengukuran.kategoriBaz,
};

/** The snapshot (or delta) of the viewer's desa; null when the viewer may not take one (see getOfflineDesa). */
export async function getOfflineSnapshot({
  viewer,
  sejak,
  now = new Date(),
}: {
  viewer: Viewer;
  sejak: string | null;
  now?: Date;
}): Promise<OfflineSnapshot | null> {
  const desa = await getOfflineDesa(viewer);
  if (!desa) return null;
  const kode = desa.kode;
  const since = deltaStart(sejak, now);
  const ym = currentYearMonth(now);
  const from = offlineWindowStart(ym);
  const db = await getDb();
  const here = (column: AnyPgColumn) => and(eq(column, kode), inScope(column, viewer.scopeKode));
  const activeTargets = db
    .select({ id: sasaran.id })
    .from(sasaran)
    .where(and(here(sasaran.kodeWilayah), eq(sasaran.aktif, true)));
  const monthWhere = (t: MonthTable) =>
    and(here(t.kodeWilayah), inWindow(t, from), inArray(t.sasaranId, activeTargets), changedSince(since, t.updatedAt));

  const [pos, settingsNow, settingsBefore, periode, ids, targets, households, ibu, anakRows, paud, balitaRows, tugas] =
    await Promise.all([
      db
        .select({ id: posyandu.id, nama: posyandu.nama, aktif: posyandu.aktif })
        .from(posyandu)
        .where(here(posyandu.kodeWilayah))
        .orderBy(asc(posyandu.nama)),
      getYearSettings(ym.tahun),
      getYearSettings(ym.tahun - 1),
      db
        .select({ tahun: periodeDesa.tahun, triwulan: periodeDesa.triwulan, status: periodeDesa.status })
        .from(periodeDesa)
        .where(and(here(periodeDesa.kodeWilayah), inArray(periodeDesa.tahun, [ym.tahun - 1, ym.tahun])))
        .orderBy(asc(periodeDesa.tahun), asc(periodeDesa.triwulan)),
      activeTargets.orderBy(asc(sasaran.id)),
      db
        .select({
          id: sasaran.id,
          jenis: sasaran.jenis,
          nama: sasaran.nama,
          nik: sasaran.nik,
          jenisKelamin: sasaran.jenisKelamin,
          tanggalLahir: sasaran.tanggalLahir,
          posyanduId: sasaran.posyanduId,
          rumahTanggaId: sasaran.rumahTanggaId,
          ibuId: sasaran.ibuId,
          hpl: sasaran.hpl,
          tanggalMelahirkan: sasaran.tanggalMelahirkan,
          noKia: sasaran.noKia,
          version: sasaran.version,
        })
        .from(sasaran)
        .where(and(here(sasaran.kodeWilayah), eq(sasaran.aktif, true), changedSince(since, sasaran.updatedAt)))
        .orderBy(asc(sasaran.id)),
      db
        .select({
          id: rumahTangga.id,
          kepalaKeluarga: rumahTangga.kepalaKeluarga,
          alamat: rumahTangga.alamat,
          dusun: rumahTangga.dusun,
          rt: rumahTangga.rt,
          rw: rumahTangga.rw,
          airMinumLayak: rumahTangga.airMinumLayak,
          jambanLayak: rumahTangga.jambanLayak,
        })
        .from(rumahTangga)
        .where(and(here(rumahTangga.kodeWilayah), changedSince(since, rumahTangga.updatedAt)))
        .orderBy(asc(rumahTangga.id)),
      db
        .select({
          id: pemantauanIbu.id,
          sasaranId: pemantauanIbu.sasaranId,
          kodeWilayah: pemantauanIbu.kodeWilayah,
          version: pemantauanIbu.version,
          tahun: pemantauanIbu.tahun,
          bulan: pemantauanIbu.bulan,
          tanggalPeriksa: pemantauanIbu.tanggalPeriksa,
          posyanduId: pemantauanIbu.posyanduId,
          usiaKehamilan: pemantauanIbu.usiaKehamilan,
          tanggalMelahirkan: pemantauanIbu.tanggalMelahirkan,
          statusKehamilan: pemantauanIbu.statusKehamilan,
          pemeriksaanKehamilan: pemantauanIbu.pemeriksaanKehamilan,
          konsumsiPilFe: pemantauanIbu.konsumsiPilFe,
          butirPilFe: pemantauanIbu.butirPilFe,
          kunjunganNifas: pemantauanIbu.kunjunganNifas,
          konselingGizi: pemantauanIbu.konselingGizi,
          kunjunganRumah: pemantauanIbu.kunjunganRumah,
          aksesAirBersih: pemantauanIbu.aksesAirBersih,
          kepemilikanJamban: pemantauanIbu.kepemilikanJamban,
          jaminanKesehatan: pemantauanIbu.jaminanKesehatan,
          lilaCm: pemantauanIbu.lilaCm,
        })
        .from(pemantauanIbu)
        .where(monthWhere(pemantauanIbu))
        .orderBy(asc(pemantauanIbu.id)),
      db
        .select({
          row: {
            id: pemantauanAnak.id,
            sasaranId: pemantauanAnak.sasaranId,
            kodeWilayah: pemantauanAnak.kodeWilayah,
            version: pemantauanAnak.version,
            tahun: pemantauanAnak.tahun,
            bulan: pemantauanAnak.bulan,
            tanggalPeriksa: pemantauanAnak.tanggalPeriksa,
            posyanduId: pemantauanAnak.posyanduId,
            umurBulan: pemantauanAnak.umurBulan,
            statusGizi: pemantauanAnak.statusGizi,
            statusTikar: pemantauanAnak.statusTikar,
            imunisasiDasar: pemantauanAnak.imunisasiDasar,
            imunisasiCampak: pemantauanAnak.imunisasiCampak,
            pengukuranBeratBadan: pemantauanAnak.pengukuranBeratBadan,
            pengukuranTinggiBadan: pemantauanAnak.pengukuranTinggiBadan,
            konselingGiziIbu: pemantauanAnak.konselingGiziIbu,
            konselingGiziAyah: pemantauanAnak.konselingGiziAyah,
            kunjunganRumah: pemantauanAnak.kunjunganRumah,
            airBersih: pemantauanAnak.airBersih,
            kepemilikanJamban: pemantauanAnak.kepemilikanJamban,
            aktaLahir: pemantauanAnak.aktaLahir,
            jaminanKesehatan: pemantauanAnak.jaminanKesehatan,
            pengasuhanPaud: pemantauanAnak.pengasuhanPaud,
          },
          ukur: { ...ukurColumns, pemantauanAnakId: pengukuran.pemantauanAnakId },
        })
        .from(pemantauanAnak)
        .leftJoin(pengukuran, eq(pengukuran.pemantauanAnakId, pemantauanAnak.id))
        .where(
          and(
            here(pemantauanAnak.kodeWilayah),
            inWindow(pemantauanAnak, from),
            inArray(pemantauanAnak.sasaranId, activeTargets),
            changedSince(since, pemantauanAnak.updatedAt, pengukuran.updatedAt),
          ),
        )
        .orderBy(asc(pemantauanAnak.id)),
      db
        .select({
          id: pemantauanPaud.id,
          sasaranId: pemantauanPaud.sasaranId,
          kodeWilayah: pemantauanPaud.kodeWilayah,
          version: pemantauanPaud.version,
          tahun: pemantauanPaud.tahun,
          bulan: pemantauanPaud.bulan,
          status: pemantauanPaud.status,
        })
        .from(pemantauanPaud)
        .where(monthWhere(pemantauanPaud))
        .orderBy(asc(pemantauanPaud.id)),
      // The balita months (24–59 months) with their weighing, as the 2B rows above.
      db
        .select({
          row: {
            id: pemantauanBalita.id,
            sasaranId: pemantauanBalita.sasaranId,
            kodeWilayah: pemantauanBalita.kodeWilayah,
            version: pemantauanBalita.version,
            tahun: pemantauanBalita.tahun,
            bulan: pemantauanBalita.bulan,
            tanggalPeriksa: pemantauanBalita.tanggalPeriksa,
            posyanduId: pemantauanBalita.posyanduId,
            umurBulan: pemantauanBalita.umurBulan,
            ditimbang: pemantauanBalita.ditimbang,
            vitaminA: pemantauanBalita.vitaminA,
            obatCacing: pemantauanBalita.obatCacing,
            imunisasiLanjutan: pemantauanBalita.imunisasiLanjutan,
            pmt: pemantauanBalita.pmt,
            rujukan: pemantauanBalita.rujukan,
            kunjunganRumah: pemantauanBalita.kunjunganRumah,
          },
          ukur: { ...ukurColumns, pemantauanBalitaId: pengukuran.pemantauanBalitaId },
        })
        .from(pemantauanBalita)
        .leftJoin(pengukuran, eq(pengukuran.pemantauanBalitaId, pemantauanBalita.id))
        .where(
          and(
            here(pemantauanBalita.kodeWilayah),
            inWindow(pemantauanBalita, from),
            inArray(pemantauanBalita.sasaranId, activeTargets),
            changedSince(since, pemantauanBalita.updatedAt, pengukuran.updatedAt),
          ),
        )
        .orderBy(asc(pemantauanBalita.id)),
      // "Tugas bulan ini" as the desa home shows it now: the phone shows it as of this contact (lists are small).
      getTugasBulanIni({ viewer, kode, ym, today: todayIso(now) }),
    ]);

  return {
    v: 1,
    full: since === null,
    cursor: now.toISOString(),
    today: todayIso(now),
    user: { id: viewer.id, nama: viewer.displayName, username: viewer.username },
    desa: { kode, nama: desa.nama },
    posyandu: pos,
    settings: { [ym.tahun - 1]: settingsBefore, [ym.tahun]: settingsNow },
    periode,
    sasaranIds: ids.map((r) => r.id),
    // The full NIK never leaves the server for a phone: only its masked form (lib/people/nik.ts).
    sasaran: targets.map(({ nik, ...t }) => ({ ...t, nikMasked: nik ? maskNik(nik) : null })),
    rumahTangga: households,
    ibu,
    anak: anakRows.map((r) => r.row),
    paud,
    ukur: anakRows.flatMap((r) => (r.ukur ? [r.ukur as OfflineMeasurement] : [])),
    balita: balitaRows.map((r) => r.row),
    balitaUkur: balitaRows.flatMap((r) => (r.ukur ? [r.ukur as OfflineBalitaMeasurement] : [])),
    tugas: tugas ? { bulan: formatYearMonth(ym), ...tugas } : null,
  };
}

import type { AnakRecord, IbuRecord, PaudRecord, Settings } from "@/lib/scorecard/types";
import type { CaraUkur, JenisKelamin, JenisSasaran } from "@/lib/enums";
import type { Tugas } from "@/lib/pemantauan/tugas-groups";
import { addMonths, type YearMonth } from "@/lib/periods";

/* The contract between the phone and the server for offline capture (docs/offline.md): what the phone downloads
 * (`GET /api/luring/data`) and what it sends (`POST /api/luring/kirim`). Pure and without zod (the phone's pages
 * import it; the server's check of an item is lib/offline/send-item-schema.ts). */

/** What a queued item does on the server; each kind is one existing form, posted with the same field names. */
export const OUTBOX_KINDS = [
  "ibu_bulan",
  "anak_bulan",
  "paud_bulan",
  "balita_bulan",
  "ibu_hamil_baru",
  "bayi_baru",
] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/** One item of the outbox as it travels: the form's fields exactly as the online form posts them (the server
 * checks it with `sendItemSchema`, lib/offline/send-item-schema.ts). */
export type SendItem = {
  clientId: string;
  kind: OutboxKind;
  /** When the cadre pressed "Simpan" on the phone (the phone's clock, ISO). */
  typedAt: string;
  fields: Record<string, string>;
};

/** The server's answer to one item. HTTP 200 for these three; 401 when the session is gone (the item stays queued),
 * 400 for an item that is not one (kept, marked refused with a general message). */
export type SendAnswer =
  /** Saved, or already saved before (`duplicate`: the same clientId arrived earlier — a lost answer, two tabs). */
  | {
      status: "ok";
      duplicate: boolean;
      id?: number;
      /** A monthly record's version after this save (not on a duplicate): the phone gives it to any later item of
       * the same target-month still queued, which would otherwise conflict with this one (docs/offline-sync.md). */
      version?: number;
    }
  /** The server's rules refused it (validation, period locked, target moved, duplicate NIK): kept on the phone. */
  | { status: "refused"; message: string; errors?: Record<string, string[] | undefined> }
  /** The same target-month changed on the server after the phone last saw it: the server's version, as form
   * values, to be compared field by field; the chosen values are sent again as a new item with `version`. */
  | { status: "conflict"; message: string; server: Record<string, string>; version: string };

/** A target as the phone holds it: no full NIK ever leaves the server for the device (masked only). */
export type OfflineTarget = {
  id: number;
  jenis: JenisSasaran;
  nama: string;
  nikMasked: string | null;
  jenisKelamin: JenisKelamin;
  tanggalLahir: string;
  posyanduId: number;
  rumahTanggaId: number | null;
  ibuId: number | null;
  hpl: string | null;
  tanggalMelahirkan: string | null;
  noKia: string | null;
  version: number;
};

export type OfflineHousehold = {
  id: number;
  kepalaKeluarga: string;
  alamat: string | null;
  dusun: string | null;
  rt: string | null;
  rw: string | null;
  /** The household's water and latrine answers (a first monthly form's defaults); absent in data downloaded before
   * they were sent. */
  airMinumLayak?: boolean;
  jambanLayak?: boolean;
};

type MonthKeys = { id: number; sasaranId: number; kodeWilayah: string; version: number };
export type OfflineIbuMonth = IbuRecord &
  MonthKeys & { tanggalPeriksa: string; posyanduId: number; butirPilFe: number | null; lilaCm: number | null };
export type OfflineAnakMonth = AnakRecord & MonthKeys & { tanggalPeriksa: string; posyanduId: number };
export type OfflinePaudMonth = PaudRecord & MonthKeys;
export type OfflineMeasurement = {
  sasaranId: number;
  pemantauanAnakId: number;
  tanggalUkur: string;
  umurHari: number;
  beratKg: number | null;
  panjangCm: number | null;
  caraUkur: CaraUkur | null;
  oedema: boolean;
  panjangKoreksiCm: number | null;
  haz: number | null;
  waz: number | null;
  whz: number | null;
  baz: number | null;
  kategoriHaz: string | null;
  kategoriWaz: string | null;
  kategoriWhz: string | null;
  kategoriBaz: string | null;
};
/** A month of the balita record (24–59 months, docs/balita.md); its PAUD attendance is the month's `paud` row. */
export type OfflineBalitaMonth = MonthKeys & {
  tahun: number;
  bulan: number;
  tanggalPeriksa: string;
  posyanduId: number;
  umurBulan: number;
  ditimbang: boolean;
  vitaminA: boolean;
  obatCacing: boolean;
  imunisasiLanjutan: boolean;
  pmt: boolean;
  rujukan: boolean;
  kunjunganRumah: boolean;
};
/** The weighing of a balita month: the same row as a 2B measurement, keyed by its balita record. */
export type OfflineBalitaMeasurement = Omit<OfflineMeasurement, "pemantauanAnakId"> & { pemantauanBalitaId: number };

/** How many months of records the phone holds: the current month and the 23 before it — a child's whole 0–23
 * history, because Formulir 3B counts some services cumulatively from the child's first record (lib/scorecard/
 * evaluate.ts), and the phone's quarter preview must equal the server's. */
export const OFFLINE_MONTHS = 24;

/** The first month the phone holds: the given (current) month and the OFFLINE_MONTHS − 1 before it. The server's
 * snapshot and the phone's pruning both count from here. */
export function offlineWindowStart(now: YearMonth): YearMonth {
  return addMonths(now, -(OFFLINE_MONTHS - 1));
}

/** `GET /api/luring/data?sejak=<cursor>`: the signed-in KPM's desa. Without `sejak` (or with one older than the
 * window) everything (`full`); with it only what changed since (rows with updated_at at or after the cursor minus a
 * small overlap, so a transaction that committed late is not missed — the phone upserts, so overlap is harmless). */
export type OfflineSnapshot = {
  v: 1;
  full: boolean;
  /** The next `sejak`: the server's clock when this read started (ISO). */
  cursor: string;
  /** The server's date (Asia/Jakarta) when answering. */
  today: string;
  user: { id: number; nama: string; username: string };
  desa: { kode: string; nama: string };
  posyandu: Array<{ id: number; nama: string; aktif: boolean }>;
  /** Scorecard settings by year (this year and the previous one). */
  settings: Record<string, Settings>;
  /** Quarter workflow status of this year and the previous one ("draft", "diajukan", "disetujui"). */
  periode: Array<{ tahun: number; triwulan: number; status: string }>;
  /** Every active target of the desa now: the phone drops the targets it holds that are not here. */
  sasaranIds: number[];
  /** Changed since the cursor (all when `full`). */
  sasaran: OfflineTarget[];
  rumahTangga: OfflineHousehold[];
  ibu: OfflineIbuMonth[];
  anak: OfflineAnakMonth[];
  paud: OfflinePaudMonth[];
  /** The measurement of every `anak` row sent (an `anak` row without one here has none). */
  ukur: OfflineMeasurement[];
  /** Balita months (24–59 months) of the window, and the weighing of every one sent that has one. */
  balita: OfflineBalitaMonth[];
  balitaUkur: OfflineBalitaMeasurement[];
  /** "Tugas bulan ini" of the desa home as of this answer (every download carries it whole). */
  tugas: OfflineTugas | null;
};

/** The desa home's lists (lib/pemantauan/tugas-groups.ts) and the month they are for, YYYY-MM. */
export type OfflineTugas = Tugas & { bulan: string };

import type { JenisKegiatan } from "@/lib/enums";

/** Whether the desa budgets a KPM incentive/operational line in this year's APBDes: on the approved version that
 * counts (perubahan when approved, else murni), only on a version not yet approved, not at all, no APBDes yet,
 * or a kelurahan (no APBDes, domain §9.8). */
export type InsentifKpm = "ya" | "draf" | "tidak" | "belum_ada" | "kelurahan";

/** One KPM account (or one desa without any) with its work over the window. Desa figures (reporting, targets,
 * budget) repeat for every KPM of the same desa; activities and training are the account's own. */
export type KpmKinerjaRow = {
  key: string;
  kpmId: number | null;
  kpmNama: string | null;
  desaKode: string;
  desaNama: string;
  desaJenis: "desa" | "kelurahan";
  kecamatanKode: string;
  kecamatanNama: string;
  /** Months in the window. */
  bulan: number;
  /** Report completeness and timeliness summed over the window's months (docs/indicators.md §4): targets due a
   * 2A/2B record, due targets with one, and of those records the ones saved by the cut-off. */
  wajibLapor: number;
  tercatat: number;
  tepatWaktu: number;
  /** Months in which every due target had a record, out of the months with at least one due target. */
  bulanLengkap: number;
  bulanWajib: number;
  /** Active targets of the desa. */
  sasaran: number;
  kegiatan: Record<JenisKegiatan, number>;
  kegiatanTotal: number;
  pelatihanTerakhir: string | null;
  pelatihanTopik: string | null;
  /** Attended a training/coaching event in the last 12 months. */
  pelatihan12Bulan: boolean;
  insentifKpm: InsentifKpm;
};

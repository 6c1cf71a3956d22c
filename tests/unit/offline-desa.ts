import { applySnapshot, type LocalDesa } from "@/lib/offline/local-data";
import type { OfflineSnapshot, OfflineTarget } from "@/lib/offline/protocol";

/* A small desa as the phone holds it, for the unit tests of lib/offline. */

export const KODE = "19.05.01.2004";

export const child = (id: number, tanggalLahir: string, over: Partial<OfflineTarget> = {}): OfflineTarget => ({
  id,
  jenis: "anak",
  nama: `Anak ${id}`,
  nikMasked: null,
  jenisKelamin: "L",
  tanggalLahir,
  posyanduId: 1,
  rumahTanggaId: null,
  ibuId: null,
  hpl: null,
  tanggalMelahirkan: null,
  noKia: null,
  version: 1,
  ...over,
});

export function phoneDesa(targets: OfflineTarget[], over: Partial<OfflineSnapshot> = {}): LocalDesa {
  return applySnapshot(
    null,
    {
      v: 1,
      full: true,
      cursor: "2026-11-20T03:00:00.000Z",
      today: "2026-11-20",
      user: { id: 5, nama: "KPM", username: "kpm.airputih" },
      desa: { kode: KODE, nama: "Air Putih" },
      posyandu: [{ id: 1, nama: "Mawar", aktif: true }],
      settings: {},
      periode: [],
      sasaranIds: targets.map((t) => t.id),
      sasaran: targets,
      rumahTangga: [],
      ibu: [],
      anak: [],
      paud: [],
      ukur: [],
      balita: [],
      balitaUkur: [],
      tugas: null,
      ...over,
    },
    0,
  );
}

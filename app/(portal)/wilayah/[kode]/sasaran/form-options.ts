import "server-only";
import { listIbuOptions, listRumahTanggaOptions } from "@/db/queries/sasaran";
import { listPosyanduByDesa } from "@/db/queries/posyandu";
import type { Viewer } from "@/lib/auth/viewer";
import { householdOptionLabel, ibuOptionLabel } from "@/lib/sasaran/option-labels";

/** Picker options for the target form, all scoped to the one desa. */
export async function loadSasaranFormOptions(viewer: Viewer, kode: string) {
  const [pos, ibu, rt] = await Promise.all([
    listPosyanduByDesa({ viewer, kode, aktifOnly: true }),
    listIbuOptions({ viewer, kode }),
    listRumahTanggaOptions({ viewer, kode }),
  ]);
  return {
    posyandu: pos.map((p) => ({ value: String(p.id), label: p.nama })),
    ibu: ibu.map((i) => ({ value: String(i.id), label: ibuOptionLabel(i) })),
    ibuRows: ibu,
    households: rt.map((h) => ({ value: String(h.id), label: householdOptionLabel(h) })),
  };
}

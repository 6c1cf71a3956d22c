import { sasaranText } from "@/lib/i18n/sasaran";

/** How the target form names a mother and a household in its pickers (the portal's page and the offline shell). */
export const ibuOptionLabel = (i: { nama: string; noKia: string | null }) =>
  i.noKia ? `${i.nama} (${i.noKia})` : i.nama;

export const householdOptionLabel = (h: { kepalaKeluarga: string; dusun: string | null; rt: string | null }) =>
  [h.kepalaKeluarga, h.dusun, h.rt ? sasaranText.form.rtOption(h.rt) : null].filter(Boolean).join(" · ");

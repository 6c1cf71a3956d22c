import { monthBounds, type YearMonth } from "@/lib/periods";

/** Flags that describe the household or documents rather than this month's service: carried from the
 * previous month as the form's starting point. */
const CARRIED_FLAGS = [
  "aksesAirBersih",
  "kepemilikanJamban",
  "jaminanKesehatan",
  "airBersih",
  "aktaLahir",
  "imunisasiDasar",
] as const;

/** Form values (strings, "on" for true flags) from a stored record. */
export function recordToValues(record: Record<string, unknown> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!record) return out;
  for (const [k, v] of Object.entries(record)) {
    if (v === null || v === undefined || v instanceof Date) continue;
    if (typeof v === "boolean") {
      if (v) out[k] = "on";
    } else if (typeof v === "number") {
      // Shown the way a cadre types decimals: 8,4
      out[k] = String(v).replace(".", ",");
    } else out[k] = String(v);
  }
  return out;
}

/** Starting values for a month with no record yet: household facts carry over from the last month. */
export function carriedValues(previous: Record<string, unknown> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!previous) return out;
  for (const k of CARRIED_FLAGS) if (previous[k] === true) out[k] = "on";
  if (previous.imunisasiCampak === "sudah") out.imunisasiCampak = "sudah";
  if (typeof previous.statusKehamilan === "string") out.statusKehamilan = previous.statusKehamilan;
  return out;
}

/** A new month of a mother who has delivered by its last day starts with her delivery date: the scorecard reads the
 * date from the monthly records (it places her nifas period, mother indicator 3), so each record copies it. */
export function deliveryValues(tanggalMelahirkan: string | null, ym: YearMonth): Record<string, string> {
  return tanggalMelahirkan && tanggalMelahirkan <= monthBounds(ym).last ? { tanggalMelahirkan } : {};
}

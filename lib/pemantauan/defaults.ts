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

/** The carried flags a stored record has set, as stored values: what a record written without the form (a home
 * visit's, lib/kegiatan/home-visit.ts) starts from, as the form would. */
export function carriedFlags(previous: Record<string, unknown> | null | undefined): Record<string, true> {
  const out: Record<string, true> = {};
  if (previous) for (const k of CARRIED_FLAGS) if (previous[k] === true) out[k] = true;
  return out;
}

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

/** The household's own answers (rumah tangga: air minum layak, jamban layak) as the monthly form's water and latrine
 * fields: 2A names them aksesAirBersih / kepemilikanJamban, 2B airBersih / kepemilikanJamban. */
export function householdValues(
  jenis: "ibu" | "anak",
  household: { airMinumLayak?: boolean | null; jambanLayak?: boolean | null } | null | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (!household) return out;
  if (household.airMinumLayak) out[jenis === "ibu" ? "aksesAirBersih" : "airBersih"] = "on";
  if (household.jambanLayak) out.kepemilikanJamban = "on";
  return out;
}

/** Starting values of a month with no record yet (docs/posyandu-day.md, "Enter once"): the target's last record
 * carries its household facts over; a target's first monthly form starts from its household's water and latrine
 * answers. Still editable on the form. Used by every form page, the posyandu-day mode and the offline shell. */
export function newMonthValues(
  jenis: "ibu" | "anak",
  previous: Record<string, unknown> | null | undefined,
  household: { airMinumLayak?: boolean | null; jambanLayak?: boolean | null } | null | undefined,
): Record<string, string> {
  return previous ? carriedValues(previous) : householdValues(jenis, household);
}

/** A new month of a mother who has delivered by its last day starts with her delivery date: the scorecard reads the
 * date from the monthly records (it places her nifas period, mother indicator 3), so each record copies it. */
export function deliveryValues(tanggalMelahirkan: string | null, ym: YearMonth): Record<string, string> {
  return tanggalMelahirkan && tanggalMelahirkan <= monthBounds(ym).last ? { tanggalMelahirkan } : {};
}

/** Starting values of a balita month with no record yet: measured standing (24 months and older), and the
 * immunisation follow-up once complete stays complete. */
export function balitaNewMonthValues(
  previous: { imunisasiLanjutan?: boolean } | null | undefined,
): Record<string, string> {
  return { caraUkur: "berdiri", ...(previous?.imunisasiLanjutan ? { imunisasiLanjutan: "on" } : {}) };
}

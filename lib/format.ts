/** All user-facing numbers, money and dates go through Intl with the id-ID locale. */
const rupiah = new Intl.NumberFormat("id-ID", { style: "currency", currency: "IDR", maximumFractionDigits: 0 });
const rupiahChange = new Intl.NumberFormat("id-ID", {
  style: "currency",
  currency: "IDR",
  maximumFractionDigits: 0,
  signDisplay: "exceptZero",
});
const integer = new Intl.NumberFormat("id-ID");
const percent = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const dateFmt = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const dateTimeFmt = new Intl.DateTimeFormat("id-ID", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Asia/Jakarta",
});
const longDateFmt = new Intl.DateTimeFormat("id-ID", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const monthFmt = new Intl.DateTimeFormat("id-ID", { month: "long", year: "numeric", timeZone: "UTC" });

/** The one rounding rule for rupiah (docs/indicators.md §0): to the whole rupiah, half away from zero — 12,5 → 13,
 * −12,5 → −13 (a refund rounds like a payment of the same size). A quotient of two whole-rupiah integers that ends
 * in ,5 is exact in floating point, so the halves are never misjudged. Every page and every Excel cell that shows
 * an amount which is not already whole (a per-target figure) goes through this. */
export function roundRupiah(amount: number): number {
  if (!Number.isFinite(amount)) return amount;
  const r = Math.sign(amount) * Math.round(Math.abs(amount));
  return r === 0 ? 0 : r; // never −0
}

/** Excel number format of every rupiah cell (lib/apbdes/workbook.ts, the dashboard export). */
export const RUPIAH_NUMFMT = '"Rp"#,##0';

/** `Rp 12.500.000` (Intl puts a no-break space after Rp), rounded by roundRupiah. */
export function formatRupiah(amount: number | bigint): string {
  return rupiah.format(typeof amount === "bigint" ? amount : roundRupiah(amount));
}

/** A change in rupiah with its sign: `+Rp 2.000.000`, `-Rp 500.000`, `Rp 0`. */
export function formatRupiahChange(amount: number): string {
  return rupiahChange.format(roundRupiah(amount));
}

export function formatInteger(n: number): string {
  return integer.format(n);
}

/** A value with exactly `digits` decimals (`7,90`, `-1,23`: z-scores, a measurement in a table); none → "–". */
export function formatDecimal(v: number | null | undefined, digits: number): string {
  if (v === null || v === undefined) return "–";
  return v.toLocaleString("id-ID", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A measured value as it was typed, without trailing zeros (`7,9`, `3,15`); none → "–". */
export function formatNumber(v: number | null | undefined): string {
  return v === null || v === undefined ? "–" : v.toLocaleString("id-ID", { maximumFractionDigits: 3 });
}

/** Ratio as `83,4 %`; a zero denominator has no meaning and shows "–". Rounded half away from zero on the exact
 * ratio (41 of 80 = 51,25 % → 51,3 %), which is what Excel's `0.0%` shows for the same fraction in an export
 * (lib/excel-report.ts): `(n / d) * 100` in floating point would give 51,2499… and round down. */
export function formatPercent(numerator: number, denominator: number): string {
  if (!denominator) return "–";
  const tenths = roundRupiah((numerator * 1000) / denominator);
  return `${percent.format(tenths / 10)} %`;
}

/** ISO date (YYYY-MM-DD) or Date → `22 Nov 2026`. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return "–";
  const d = typeof value === "string" ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
  return Number.isNaN(d.getTime()) ? "–" : dateFmt.format(d);
}

/** ISO date (YYYY-MM-DD) → `22 Desember 2026`, for a date a sentence names (when something opens). */
export function formatDateLong(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? "–" : longDateFmt.format(d);
}

export function formatDateTime(value: Date | string): string {
  return dateTimeFmt.format(typeof value === "string" ? new Date(value) : value);
}

/** `YYYY-MM` → `November 2026`. */
export function formatMonth(ym: string): string {
  return monthFmt.format(new Date(`${ym}-01T00:00:00Z`));
}

/** Whole-rupiah amounts as people type them: `12.500.000`, `12500000`, `Rp 12.500.000`, `12.500.000,00`.
 * Money is integer rupiah end to end, so anything with real cents is refused rather than rounded. */

import { apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.amount;

export type AmountError = "kosong" | "negatif" | "desimal" | "format" | "terlalu_besar";
export type AmountResult = { ok: true; value: number } | { ok: false; error: AmountError };

/** Rp 999 triliun: far above any village budget and still exact in a JavaScript number. */
export const MAX_RUPIAH = 999_999_999_999_999;

// Dots, spaces or no separator between thousands; an optional ",00" (or ",0") that spreadsheets add.
const GROUPED = /^(\d{1,3}(?:([. ])\d{3})(?:\2\d{3})*|\d+)(?:,(\d+))?$/;

export function parseRupiah(input: string | number | null | undefined): AmountResult {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ok: false, error: "format" };
    if (input < 0) return { ok: false, error: "negatif" };
    if (!Number.isInteger(input)) return { ok: false, error: "desimal" };
    return input > MAX_RUPIAH ? { ok: false, error: "terlalu_besar" } : { ok: true, value: input };
  }
  // Intl writes "Rp 12.500.000" with a no-break space; people also paste "Rp12.500.000" or "IDR 12.500.000".
  let s = (input ?? "").replace(/[\u00a0\u202f]/g, " ").trim();
  if (!s) return { ok: false, error: "kosong" };
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (/^[-−]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  }
  s = s.replace(/^(rp\.?|idr)\s*/i, "");
  if (/^[-−]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  }
  const m = GROUPED.exec(s);
  if (!m) return { ok: false, error: "format" };
  if (m[3] !== undefined && !/^0{1,2}$/.test(m[3])) return { ok: false, error: "desimal" };
  const value = Number(m[1].replace(/[. ]/g, ""));
  if (negative && value !== 0) return { ok: false, error: "negatif" };
  if (!Number.isSafeInteger(value) || value > MAX_RUPIAH) return { ok: false, error: "terlalu_besar" };
  return { ok: true, value };
}

export function amountMessage(label: string, error: AmountError): string {
  switch (error) {
    case "kosong":
      return t.kosong(label);
    case "negatif":
      return t.negatif(label);
    case "desimal":
      return t.desimal(label);
    case "terlalu_besar":
      return t.terlalu_besar(label);
    default:
      return t.format(label);
  }
}

const amountInput = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });

/** Plain digits with dots, for putting an amount back into an input (`12.500.000`). */
export function formatAmountInput(value: number): string {
  return amountInput.format(value);
}

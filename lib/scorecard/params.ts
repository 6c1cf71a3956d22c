import { currentYearMonth, quarterOfMonth } from "@/lib/periods";

/** tahun/triwulan from the URL, defaulting to the current quarter; never a future quarter. */
export function parseQuarterParams(sp: Record<string, string | undefined>): { tahun: number; triwulan: number } {
  const now = currentYearMonth();
  const current = { tahun: now.tahun, triwulan: quarterOfMonth(now.bulan) };
  const tahun = Number(sp.tahun);
  const triwulan = Number(sp.triwulan);
  if (!Number.isInteger(tahun) || tahun < 2018 || !Number.isInteger(triwulan) || triwulan < 1 || triwulan > 4)
    return current;
  if (tahun * 4 + triwulan > current.tahun * 4 + current.triwulan) return current;
  return { tahun, triwulan };
}

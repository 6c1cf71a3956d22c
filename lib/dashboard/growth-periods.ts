import { monthBounds, monthsOfQuarter, quarterOfMonth } from "@/lib/periods";

/** A period the growth roll-up is kept for: a month `2026-11`, a quarter `2026-T4` or a year `2026`, with its
 * calendar bounds (the dashboard's periods are exactly these). */
export type GrowthPeriod = { key: string; from: string; to: string };

export function monthPeriod(tahun: number, bulan: number): GrowthPeriod {
  const { first, last } = monthBounds({ tahun, bulan });
  return { key: `${tahun}-${String(bulan).padStart(2, "0")}`, from: first, to: last };
}

export function quarterPeriod(tahun: number, triwulan: number): GrowthPeriod {
  const [a, , c] = monthsOfQuarter(triwulan);
  return {
    key: `${tahun}-T${triwulan}`,
    from: monthBounds({ tahun, bulan: a }).first,
    to: monthBounds({ tahun, bulan: c }).last,
  };
}

export function yearPeriod(tahun: number): GrowthPeriod {
  return { key: String(tahun), from: `${tahun}-01-01`, to: `${tahun}-12-31` };
}

/** The month, quarter and year a measurement date (ISO) falls in. */
export function periodsOfDate(iso: string): GrowthPeriod[] {
  const tahun = Number(iso.slice(0, 4));
  const bulan = Number(iso.slice(5, 7));
  return [monthPeriod(tahun, bulan), quarterPeriod(tahun, quarterOfMonth(bulan)), yearPeriod(tahun)];
}

/** The roll-up key of a dashboard period. */
export function periodKey(p: { jenis: "bulan" | "triwulan" | "tahun"; tahun: number; nilai: number }): string {
  if (p.jenis === "bulan") return monthPeriod(p.tahun, p.nilai).key;
  if (p.jenis === "triwulan") return quarterPeriod(p.tahun, p.nilai).key;
  return yearPeriod(p.tahun).key;
}

/** Months and quarters. Every month → quarter mapping goes through quarterOfMonth (a naive implementation
 * got PAUD buckets wrong by hand-writing them). */

export type YearMonth = { tahun: number; bulan: number };

const YM = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function parseYearMonth(value: string | undefined | null): YearMonth | null {
  const m = value ? YM.exec(value) : null;
  return m ? { tahun: Number(m[1]), bulan: Number(m[2]) } : null;
}

export function formatYearMonth({ tahun, bulan }: YearMonth): string {
  return `${tahun}-${String(bulan).padStart(2, "0")}`;
}

export function quarterOfMonth(bulan: number): 1 | 2 | 3 | 4 {
  if (bulan < 1 || bulan > 12 || !Number.isInteger(bulan)) throw new RangeError(`bulan ${bulan}`);
  return Math.ceil(bulan / 3) as 1 | 2 | 3 | 4;
}

export function monthsOfQuarter(triwulan: number): [number, number, number] {
  const first = (triwulan - 1) * 3 + 1;
  return [first, first + 1, first + 2];
}

export function addMonths({ tahun, bulan }: YearMonth, delta: number): YearMonth {
  const index = tahun * 12 + (bulan - 1) + delta;
  return { tahun: Math.floor(index / 12), bulan: (index % 12) + 1 };
}

/** Index for comparing months: tahun*12 + bulan. */
export function monthIndex({ tahun, bulan }: YearMonth): number {
  return tahun * 12 + bulan;
}

// Built once: constructing an Intl formatter costs far more than formatting, and pages ask for today several times.
const jakartaDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Jakarta",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in Indonesia's western time zone (the villages' calendar day), as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return jakartaDay.format(now);
}

export function currentYearMonth(now: Date = new Date()): YearMonth {
  const [y, m] = todayIso(now).split("-").map(Number);
  return { tahun: y, bulan: m };
}

export function yearMonthOfDate(iso: string): YearMonth {
  return { tahun: Number(iso.slice(0, 4)), bulan: Number(iso.slice(5, 7)) };
}

/** First and last day of a month as ISO dates. */
export function monthBounds({ tahun, bulan }: YearMonth): { first: string; last: string } {
  const last = new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();
  const mm = String(bulan).padStart(2, "0");
  return { first: `${tahun}-${mm}-01`, last: `${tahun}-${mm}-${String(last).padStart(2, "0")}` };
}

/** The same calendar day `years` later. A 29 February that does not exist in the target year becomes 28 February,
 * as PostgreSQL's `date + interval 'n years'` does, so JS and SQL agree on every birthday (docs/indicators.md §0). */
export function addYearsIso(iso: string, years: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const year = y + years;
  const day = m === 2 && d === 29 && !isLeapYear(year) ? 28 : d;
  return `${String(year).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The same calendar day `months` later, clamped to the last day of a shorter month (31 January + 1 month =
 * 28/29 February), as PostgreSQL's `date + make_interval(months => n)` does. */
export function addMonthsIso(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const target = addMonths({ tahun: y, bulan: m }, months);
  const { last } = monthBounds(target);
  const day = Math.min(d, Number(last.slice(8)));
  return `${last.slice(0, 8)}${String(day).padStart(2, "0")}`;
}

/** Completed calendar months from `from` to `to`: the largest n with addMonthsIso(from, n) ≤ to (negative before
 * `from`). The SQL twin is `calendarMonthsSql` in db/rollups/growth.ts (the migration 0019 backfill uses it too). */
export function completedCalendarMonths(from: string, to: string): number {
  const [y1, m1] = from.split("-").map(Number);
  const [y2, m2] = to.split("-").map(Number);
  const n = (y2 - y1) * 12 + (m2 - m1);
  return addMonthsIso(from, n) > to ? n - 1 : n;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function addDaysIso(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

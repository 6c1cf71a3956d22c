/** Postnatal visits (KF1–KF4) for the generated data (demo district, synthetic generator): which visits a mother
 * got and on which day, counted into the monthly records of the months they fall in. Pure; each seed passes its
 * own random source. Days are day numbers (lib/growth/age isoDateToDayNumber). */

type Random = { chance(p: number): boolean; int(lo: number, hi: number): number };

/** KF1 6 h–2 days, KF2 3–7 days, KF3 8–28 days, KF4 29–42 days after delivery. */
const KF_DAYS: ReadonlyArray<readonly [number, number]> = [
  [0, 2],
  [3, 7],
  [8, 28],
  [29, 42],
];

/** How often each visit happens for an average mother: KF1 nearly always, KF4 about two times in three — so most
 * mothers get 2–4 visits, some fewer. */
const KF_CHANCE = [0.96, 0.88, 0.8, 0.65] as const;

/** The days of the visits one mother got, none after `today`. `care` (about 0.6–1.2) scales her chances: a desa's
 * or a mother's access to a midwife. */
export function kfVisitDays(rng: Random, delivery: number, today: number, care = 1): number[] {
  const days: number[] = [];
  KF_DAYS.forEach(([lo, hi], i) => {
    if (!rng.chance(Math.min(0.98, KF_CHANCE[i] * care))) return;
    const day = delivery + rng.int(lo, hi);
    if (day <= today) days.push(day);
  });
  return days;
}

/** How many of these visits fall in the month [first, last]. */
export function visitsInMonth(days: readonly number[], first: number, last: number): number {
  return days.filter((d) => d >= first && d <= last).length;
}

import { AGE_BANDS, BANDS_0_23, bandEnd, type AgeBand } from "@/lib/growth/age-bands";

/* The growth figures by age band (docs/indicators.md §3a): the roll-up's counts per band, and the pooled groups
 * 0–23, 24–59 and 0–59 as sums of their bands' numerators and denominators — never averages of percentages. A child
 * counts once per period and z-score, in the band of the measurement that counts, so the sums are exact. Pure. */

/** A band's or a group's counts: per z-score its denominator and the numerators on it. */
export type GrowthCounts = {
  /** Children with a plausible HAZ: the stunting denominator. */
  measured: number;
  stunted: number;
  severe: number;
  /** Children with a plausible WHZ (or oedema): the wasting and overweight denominator. */
  whzN: number;
  wasted: number;
  overweight: number;
  /** Children with a plausible WAZ (or oedema): the underweight denominator. */
  wazN: number;
  underweight: number;
};
export type BandCounts = GrowthCounts & { band: number };

export const GROWTH_COUNT_FIELDS = [
  "measured",
  "stunted",
  "severe",
  "whzN",
  "wasted",
  "overweight",
  "wazN",
  "underweight",
] as const satisfies ReadonlyArray<keyof GrowthCounts>;

export const ZERO_COUNTS: GrowthCounts = Object.fromEntries(GROWTH_COUNT_FIELDS.map((f) => [f, 0])) as GrowthCounts;

/** The pooled groups beside the bands: their first and last month, and the bands they add up. */
export const AGE_GROUPS = {
  "0-23": { from: 0, to: 23, bands: BANDS_0_23 as readonly AgeBand[] },
  "24-59": { from: 24, to: 59, bands: AGE_BANDS.filter((b) => b >= 24) as readonly AgeBand[] },
  "0-59": { from: 0, to: 59, bands: AGE_BANDS as readonly AgeBand[] },
} as const;
export type AgeGroup = keyof typeof AGE_GROUPS;
export const AGE_GROUP_KEYS = Object.keys(AGE_GROUPS) as AgeGroup[];

/** Σ of each count over `rows`. */
export function sumCounts(rows: readonly GrowthCounts[]): GrowthCounts {
  const out = { ...ZERO_COUNTS };
  for (const r of rows) for (const f of GROWTH_COUNT_FIELDS) out[f] += Number(r[f]) || 0;
  return out;
}

export type GrowthByBand = {
  /** The six bands in order, each with its first and last month (a band without rows is all zeros). */
  bands: Array<GrowthCounts & { band: AgeBand; from: number; to: number }>;
  /** 0–23, 24–59, 0–59: the sums of their bands. */
  groups: Record<AgeGroup, GrowthCounts>;
};

/** The band table from the roll-up's rows of one region and period (any number of rows per band: one per desa). A
 * row outside the bands (none should exist) counts nowhere. */
export function poolGrowthBands(rows: readonly BandCounts[]): GrowthByBand {
  const bands = AGE_BANDS.map((band) => ({
    band,
    from: band as number,
    to: bandEnd(band),
    ...sumCounts(rows.filter((r) => Number(r.band) === band)),
  }));
  const groups = Object.fromEntries(
    AGE_GROUP_KEYS.map((g) => [
      g,
      sumCounts(bands.filter((b) => (AGE_GROUPS[g].bands as readonly number[]).includes(b.band))),
    ]),
  ) as Record<AgeGroup, GrowthCounts>;
  return { bands, groups };
}

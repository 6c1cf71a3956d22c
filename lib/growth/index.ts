/**
 * Public API of the growth module (WHO Child Growth Standards z-scores,
 * Permenkes 2/2020 categories, age helpers, plausibility messages).
 *
 * NOTE: this barrel also re-exports `tables.ts`, which uses node:fs — import it
 * from server code only. Client components should import the pure modules
 * directly: "@/lib/growth/zscore", "@/lib/growth/categories",
 * "@/lib/growth/age", "@/lib/growth/plausibility", "@/lib/growth/lms".
 */
export * from "./age";
export * from "./categories";
export * from "./lms";
export * from "./plausibility";
export * from "./zscore";
export { computeGrowthWho, loadGrowthTables, whoGrowthDir } from "./tables";

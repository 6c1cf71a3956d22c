"use client";

import dynamic from "next/dynamic";

/** Chart.js is ~60 kB gzip: pages load it only when a chart is actually on screen (the KPM home shares its route
 * with the dashboards but shows no chart), after the page's own data table, which always carries the numbers. */
function ChartSkeleton() {
  return <div className="h-64 w-full animate-pulse rounded-md bg-slate-100" aria-hidden="true" />;
}

export const TrendChart = dynamic(() => import("./trend-chart").then((m) => m.TrendChart), { ssr: false, loading: ChartSkeleton });
export const PercentBarChart = dynamic(() => import("./percent-bar-chart").then((m) => m.PercentBarChart), { ssr: false, loading: ChartSkeleton });
export const BudgetChart = dynamic(() => import("./budget-chart").then((m) => m.BudgetChart), { ssr: false, loading: ChartSkeleton });
export const GrowthChart = dynamic(() => import("./growth-chart").then((m) => m.GrowthChart), { ssr: false, loading: ChartSkeleton });

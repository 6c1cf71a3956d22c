"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type ComponentType } from "react";

/** Chart.js is the largest script of the dashboards and drawing its charts the costliest thing a phone does there
 * (figures in docs/dashboard.md, "Charts are drawn on view"). So a chart's code is loaded and the chart
 * drawn when its box scrolls into view; the figures above the fold and the table beside every chart carry the same
 * numbers meanwhile, and pages without a chart never load it. Until then the box holds an empty canvas of the chart's
 * size, so nothing moves when it is drawn. */
function ChartPlaceholder({ height = 256 }: { height?: number }) {
  return (
    <canvas style={{ height }} className="block w-full animate-pulse rounded-md bg-slate-100" aria-hidden="true" />
  );
}

/** Renders `Chart` once its box is in the viewport (or at once without IntersectionObserver).
 * `height`: the chart's own height for these props, so the placeholder takes exactly its place. */
function whenNear<P extends object>(Chart: ComponentType<P>, height: (props: P) => number) {
  return function NearChart(props: P) {
    const box = useRef<HTMLDivElement>(null);
    const [near, setNear] = useState(false);
    useEffect(() => {
      const el = box.current;
      if (!el || typeof IntersectionObserver === "undefined") return setNear(true);
      const io = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            setNear(true);
            io.disconnect();
          }
        },
        { rootMargin: "0px" },
      );
      io.observe(el);
      return () => io.disconnect();
    }, []);
    // min-height: the box keeps its size while the chart's code loads, too.
    return (
      <div ref={box} style={{ minHeight: height(props) }}>
        {near ? <Chart {...props} /> : <ChartPlaceholder height={height(props)} />}
      </div>
    );
  };
}

// Heights as the chart components size their boxes (h-64, h-72, and one row per label for the bar charts).
export const TrendChart = whenNear(
  dynamic(() => import("./trend-chart").then((m) => m.TrendChart), {
    ssr: false,
    loading: () => <ChartPlaceholder height={256} />,
  }),
  () => 256,
);
export const PercentBarChart = whenNear(
  dynamic(() => import("./percent-bar-chart").then((m) => m.PercentBarChart), { ssr: false }),
  (p) => Math.max(160, p.labels.length * 26 + 60),
);
export const BudgetChart = whenNear(
  dynamic(() => import("./budget-chart").then((m) => m.BudgetChart), { ssr: false }),
  (p) => Math.max(200, p.labels.length * 30 + 90),
);
export const GrowthChart = whenNear(
  dynamic(() => import("./growth-chart").then((m) => m.GrowthChart), {
    ssr: false,
    loading: () => <ChartPlaceholder height={288} />,
  }),
  () => 288,
);

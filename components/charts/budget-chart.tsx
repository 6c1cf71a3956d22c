"use client";

import { ChartTurn } from "./chart-turn";
import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from "chart.js";
import { Bar } from "react-chartjs-2";
import { formatRupiah } from "@/lib/format";
import { dashboardText } from "@/lib/i18n/dashboard";

const t = dashboardText.charts;

ChartJS.register(BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// Colour-blind-safe palette (Okabe–Ito); the table beside the chart carries the same numbers as text.
const COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999"];

/** Horizontal stacked bars of rupiah amounts, one bar per label. Receives plain arrays only. */
export function BudgetChart({
  title,
  labels,
  series,
}: {
  title: string;
  labels: string[];
  series: Array<{ label: string; data: number[] }>;
}) {
  const height = Math.max(200, labels.length * 30 + 90);
  return (
    <div style={{ height }} className="w-full">
      <ChartTurn>
        <Bar
          aria-label={t.ariaLabel(title)}
          data={{
            labels,
            datasets: series.map((s, i) => ({
              label: s.label,
              data: s.data,
              backgroundColor: COLORS[i % COLORS.length],
              borderWidth: 0,
            })),
          }}
          options={{
            indexAxis: "y",
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: {
              x: {
                stacked: true,
                ticks: { callback: (v) => formatRupiah(Number(v)).replace(/\.000\.000$/, t.millions) },
              },
              y: { stacked: true },
            },
            plugins: {
              legend: { position: "bottom", labels: { boxWidth: 12 } },
              tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${formatRupiah(Number(ctx.raw))}` } },
            },
          }}
        />
      </ChartTurn>
    </div>
  );
}

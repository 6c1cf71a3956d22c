"use client";

import { ChartTurn } from "./chart-turn";
import { BarElement, CategoryScale, Chart as ChartJS, LinearScale, Tooltip } from "chart.js";
import { Bar } from "react-chartjs-2";
import { dashboardText } from "@/lib/i18n/dashboard";

const t = dashboardText.charts;

ChartJS.register(BarElement, CategoryScale, LinearScale, Tooltip);

/** Horizontal bars of percentages (null = no data, drawn as no bar). The page renders the same numbers as a table. */
export function PercentBarChart({
  title,
  labels,
  values,
}: {
  title: string;
  labels: string[];
  values: Array<number | null>;
}) {
  const height = Math.max(160, labels.length * 26 + 60);
  return (
    <div style={{ height }} className="w-full">
      <ChartTurn>
        <Bar
          aria-label={t.ariaLabel(title)}
          data={{ labels, datasets: [{ label: title, data: values, backgroundColor: "#17643a", borderWidth: 0 }] }}
          options={{
            indexAxis: "y",
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: { x: { min: 0, max: 100, ticks: { callback: (v) => `${v} %` } } },
            plugins: {
              legend: { display: false },
              tooltip: {
                callbacks: {
                  label: (c) =>
                    c.raw === null
                      ? t.noData
                      : `${Number(c.raw).toLocaleString("id-ID", { maximumFractionDigits: 1 })} %`,
                },
              },
            },
          }}
        />
      </ChartTurn>
    </div>
  );
}

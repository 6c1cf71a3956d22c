"use client";

import { ChartTurn } from "./chart-turn";
import { CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip } from "chart.js";
import { Line } from "react-chartjs-2";
import { dashboardText } from "@/lib/i18n/dashboard";

const t = dashboardText.charts;

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend);

/** Line colours of the series after the first (dashed, so the lines differ without colour too). */
const MORE = ["#1d4ed8", "#17643a"];

/** Monthly prevalence line (percent; null months have no measurements); `more` adds lines (with a legend), e.g. the
 * 0–59 months beside the 0–23. */
export function TrendChart({
  title,
  labels,
  values,
  more = [],
}: {
  title: string;
  labels: string[];
  values: Array<number | null>;
  more?: Array<{ label: string; values: Array<number | null> }>;
}) {
  return (
    <div className="h-64 w-full">
      <ChartTurn>
        <Line
          aria-label={t.ariaLabel(title)}
          data={{
            labels,
            datasets: [
              {
                label: title,
                data: values,
                borderColor: "#b42318",
                backgroundColor: "#b42318",
                spanGaps: true,
                tension: 0.2,
              },
              ...more.map((m, i) => ({
                label: m.label,
                data: m.values,
                borderColor: MORE[i % MORE.length],
                backgroundColor: MORE[i % MORE.length],
                borderDash: [6, 4],
                spanGaps: true,
                tension: 0.2,
              })),
            ],
          }}
          options={{
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: { y: { min: 0, ticks: { callback: (v) => `${v} %` } } },
            plugins: { legend: { display: more.length > 0 } },
          }}
        />
      </ChartTurn>
    </div>
  );
}

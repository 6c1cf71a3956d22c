"use client";

import { ChartTurn } from "./chart-turn";
import { CategoryScale, Chart as ChartJS, LinearScale, LineElement, PointElement, Tooltip } from "chart.js";
import { Line } from "react-chartjs-2";
import { dashboardText } from "@/lib/i18n/dashboard";

const t = dashboardText.charts;

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip);

/** Monthly prevalence line (percent; null months have no measurements). */
export function TrendChart({
  title,
  labels,
  values,
}: {
  title: string;
  labels: string[];
  values: Array<number | null>;
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
            ],
          }}
          options={{
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: { y: { min: 0, ticks: { callback: (v) => `${v} %` } } },
            plugins: { legend: { display: false } },
          }}
        />
      </ChartTurn>
    </div>
  );
}

"use client";

import { ChartTurn } from "./chart-turn";
import { CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip } from "chart.js";
import { Line } from "react-chartjs-2";
import { pemantauanText } from "@/lib/i18n/pemantauan";

const t = pemantauanText.chart;

ChartJS.register(LinearScale, CategoryScale, PointElement, LineElement, Legend, Tooltip);

const LINE_STYLE: Record<string, { color: string; label: string }> = {
  "-3": { color: "#111827", label: t.lines["-3"] },
  "-2": { color: "#b42318", label: t.lines["-2"] },
  "0": { color: "#17643a", label: t.lines["0"] },
  "2": { color: "#b42318", label: t.lines["2"] },
  "3": { color: "#111827", label: t.lines["3"] },
};

/** A child's measurements over the WHO curves. Receives plain arrays only; the table alternative is
 * rendered by the server beside it. */
export function GrowthChart({
  title,
  unit,
  months,
  lines,
  points,
  xAxis = t.xAxis,
}: {
  title: string;
  unit: string;
  /** x of each line point: age in months, or length/height in cm (then say so in `xAxis`). */
  months: number[];
  xAxis?: string;
  lines: Record<string, number[]>;
  points: Array<{ x: number; y: number }>;
}) {
  const datasets = [
    ...Object.entries(lines).map(([z, values]) => ({
      label: LINE_STYLE[z]?.label ?? z,
      data: values.map((y, i) => ({ x: months[i], y })),
      borderColor: LINE_STYLE[z]?.color,
      borderWidth: z === "0" ? 2 : 1,
      borderDash: z === "0" ? [] : [4, 3],
      pointRadius: 0,
      tension: 0.3,
    })),
    {
      label: t.child,
      data: points,
      borderColor: "#1d4ed8",
      backgroundColor: "#1d4ed8",
      pointRadius: 4,
      borderWidth: 2,
      showLine: true,
    },
  ];
  return (
    <div className="h-72 w-full">
      <ChartTurn>
        <Line
          aria-label={t.ariaLabel(title)}
          data={{ datasets }}
          options={{
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            parsing: false,
            scales: {
              x: { type: "linear", title: { display: true, text: xAxis }, min: months[0], max: months.at(-1) },
              y: { title: { display: true, text: unit } },
            },
            plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } },
          }}
        />
      </ChartTurn>
    </div>
  );
}

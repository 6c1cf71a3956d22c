export type BadgeTone = "neutral" | "good" | "warn" | "bad" | "info";

const TONES: Record<BadgeTone, string> = {
  neutral: "bg-slate-100 text-slate-800 border-slate-300",
  good: "bg-brand-50 text-brand-800 border-brand-600",
  warn: "bg-warn-50 text-warn-800 border-amber-500",
  bad: "bg-danger-50 text-danger-700 border-danger-700",
  info: "bg-sky-50 text-sky-900 border-sky-600",
};

/** Status label: colour is always paired with text. */
export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: React.ReactNode }) {
  return <span className={`inline-flex shrink-0 items-center whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${TONES[tone]}`}>{children}</span>;
}

export type BadgeTone = "neutral" | "good" | "warn" | "bad" | "info";

/** Status label: colour is always paired with text. The look lives in app/globals.css (`.badge`), so a table of
 * a hundred badges does not repeat a long class list in every row. */
export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: React.ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

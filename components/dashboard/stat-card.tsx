/** Long unbreakable figures (money) take a whole row of the two-column phone grid and shrink with their card, so no digit
 * is ever hidden behind the next card. */
const LONG_VALUE = "text-base @[11rem]:text-xl @[15rem]:text-2xl";

/** One headline figure with the count behind it. */
export function StatCard({
  label,
  value,
  detail,
  testId,
  explain,
}: {
  label: string;
  value: string;
  detail?: string;
  testId?: string;
  /** "Cara menghitung" (components/dashboard/cara-menghitung.tsx), one per figure the card shows. */
  explain?: React.ReactNode;
}) {
  // Rupiah keeps a no-break space after "Rp", so such a value is one unbreakable word; "7,1 % / 21,4 %" is not.
  const long = Math.max(...value.split(" ").map((w) => w.length)) > 9;
  return (
    <div
      className={`@container min-w-0 rounded-lg border border-slate-200 bg-white p-3 ${long ? "col-span-2 md:col-span-1" : ""}`}
      data-testid={testId}
    >
      <dt className="text-xs font-medium text-slate-600">{label}</dt>
      <dd>
        <span className={`block font-bold [overflow-wrap:anywhere] tabular-nums ${long ? LONG_VALUE : "text-2xl"}`}>
          {value}
        </span>
        {detail ? <span className="block text-xs text-slate-600">{detail}</span> : null}
        {explain}
      </dd>
    </div>
  );
}

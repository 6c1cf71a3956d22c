/** One headline figure with the count behind it. */
export function StatCard({ label, value, detail, testId }: { label: string; value: string; detail?: string; testId?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3" data-testid={testId}>
      <dt className="text-xs font-medium text-slate-600">{label}</dt>
      <dd>
        <span className="block text-2xl font-bold tabular-nums">{value}</span>
        {detail ? <span className="block text-xs text-slate-600">{detail}</span> : null}
      </dd>
    </div>
  );
}

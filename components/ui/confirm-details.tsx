/** A destructive action behind a second, explicit step: the summary opens a red box holding the explanation and
 * the real submit button. Plain <details>, so it needs no JavaScript; put it inside the action's <form>. */
export function ConfirmDetails({
  summary,
  children,
  open,
}: {
  summary: string;
  children: React.ReactNode;
  open?: boolean;
}) {
  return (
    <details className="open:w-full" open={open}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-danger-700 hover:bg-slate-50">
        {summary}
      </summary>
      <div className="mt-2 space-y-2 rounded-md border border-danger-700 bg-danger-50 p-3 text-sm">{children}</div>
    </details>
  );
}

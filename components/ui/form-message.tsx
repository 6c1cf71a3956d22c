import Link from "next/link";
import type { FormState } from "@/lib/form-state";

/** The form-level outcome: a confirmation after a save, or the summary of what went wrong. */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "idle" || !state.message)
    return <p data-testid="form-message" aria-live="polite" className="sr-only" />;
  const ok = state.status === "ok";
  return (
    <p
      data-testid="form-message"
      aria-live="polite"
      className={`rounded-md border px-3 py-2 text-sm font-medium ${ok ? "border-brand-600 bg-brand-50 text-brand-800" : "border-danger-700 bg-danger-50 text-danger-700"}`}
    >
      {ok ? "✓ " : "⚠ "}
      {state.message}
      {state.link ? (
        <>
          {" "}
          <Link href={state.link.href} className="underline underline-offset-2">
            {state.link.label}
          </Link>
        </>
      ) : null}
    </p>
  );
}

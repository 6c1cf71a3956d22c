"use client";

import { useFormStatus } from "react-dom";

/** Submit button that shows a pending state while its form's action runs. */
export function SubmitButton({ children, pendingText = "Memproses…", className = "" }: { children: React.ReactNode; pendingText?: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:opacity-70 ${className}`}
    >
      {pending ? pendingText : children}
    </button>
  );
}

import type { InputHTMLAttributes, ReactNode } from "react";

type FieldProps = {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string[] | string;
  children?: ReactNode;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name">;

/** Label, input, hint and the field's own error message, wired with aria-describedby. */
export function Field({ name, label, hint, error, children, id, className, ...input }: FieldProps) {
  const inputId = id ?? `f-${name}`;
  const message = Array.isArray(error) ? error[0] : error;
  const describedBy = [hint ? `${inputId}-hint` : null, message ? `${inputId}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children ?? (
        <input
          id={inputId}
          name={name}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy}
          className="mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 text-base aria-invalid:border-danger-700"
          {...input}
        />
      )}
      {hint ? (
        <p id={`${inputId}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <p id={`${inputId}-error`} data-testid={`error-${name}`} aria-live="polite" className="mt-1 text-sm font-medium text-danger-700">
        {message ?? ""}
      </p>
    </div>
  );
}

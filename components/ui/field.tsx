import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type Shell = {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string[] | string;
  id?: string;
  className?: string;
};

const CONTROL =
  "mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 text-base aria-invalid:border-danger-700 aria-invalid:ring-1 aria-invalid:ring-danger-700";

function wiring({ name, id, hint, error }: Shell) {
  const inputId = id ?? `f-${name}`;
  const message = Array.isArray(error) ? error[0] : error;
  const describedBy =
    [hint ? `${inputId}-hint` : null, message ? `${inputId}-error` : null].filter(Boolean).join(" ") || undefined;
  return { inputId, message, describedBy, invalid: message ? true : undefined };
}

/** Label + control + hint + the field's own error (aria-describedby, aria-live), shared by every input kind. */
function FieldShell({
  shell,
  inputId,
  message,
  children,
}: {
  shell: Shell;
  inputId: string;
  message?: string;
  children: ReactNode;
}) {
  return (
    <div className={shell.className}>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {shell.label}
      </label>
      {children}
      {shell.hint ? (
        <p id={`${inputId}-hint`} className="mt-1 text-sm text-slate-600">
          {shell.hint}
        </p>
      ) : null}
      <p
        id={`${inputId}-error`}
        data-testid={`error-${shell.name}`}
        aria-live="polite"
        className="mt-1 text-sm font-medium text-danger-700 empty:mt-0"
      >
        {message ?? ""}
      </p>
    </div>
  );
}

export function Field({
  name,
  label,
  hint,
  error,
  id,
  className,
  ...input
}: Shell & Omit<InputHTMLAttributes<HTMLInputElement>, "name">) {
  const shell = { name, label, hint, error, id, className };
  const w = wiring(shell);
  return (
    <FieldShell shell={shell} inputId={w.inputId} message={w.message}>
      <input
        id={w.inputId}
        name={name}
        aria-invalid={w.invalid}
        aria-describedby={w.describedBy}
        className={CONTROL}
        {...input}
      />
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  hint,
  error,
  id,
  className,
  options,
  placeholder,
  ...select
}: Shell &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & {
    options: ReadonlyArray<{ value: string; label: string }>;
    placeholder?: string;
  }) {
  const shell = { name, label, hint, error, id, className };
  const w = wiring(shell);
  return (
    <FieldShell shell={shell} inputId={w.inputId} message={w.message}>
      <select
        id={w.inputId}
        name={name}
        aria-invalid={w.invalid}
        aria-describedby={w.describedBy}
        className={CONTROL}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function TextareaField({
  name,
  label,
  hint,
  error,
  id,
  className,
  ...area
}: Shell & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  const shell = { name, label, hint, error, id, className };
  const w = wiring(shell);
  return (
    <FieldShell shell={shell} inputId={w.inputId} message={w.message}>
      <textarea
        id={w.inputId}
        name={name}
        aria-invalid={w.invalid}
        aria-describedby={w.describedBy}
        className={`${CONTROL} py-2`}
        rows={3}
        {...area}
      />
    </FieldShell>
  );
}

/** A yes/no flag as a large, tappable checkbox row. Unchecked boxes post nothing; schemas read absence as false. */
export function CheckboxField({
  name,
  label,
  defaultChecked,
  error,
}: {
  name: string;
  label: string;
  defaultChecked?: boolean;
  error?: string[] | string;
}) {
  const id = `f-${name}`;
  const message = Array.isArray(error) ? error[0] : error;
  return (
    <div>
      <label
        htmlFor={id}
        className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-slate-200 bg-white px-3 py-2"
      >
        <input
          id={id}
          type="checkbox"
          name={name}
          value="on"
          defaultChecked={defaultChecked}
          className="size-5 accent-brand-700"
        />
        <span className="text-sm">{label}</span>
      </label>
      {message ? (
        <p data-testid={`error-${name}`} className="mt-1 text-sm font-medium text-danger-700">
          {message}
        </p>
      ) : null}
    </div>
  );
}

/** A small number of choices as one row of large tappable segments (radio buttons): faster than a select on a
 * phone. The legend is the label; hint and error are wired to the group like any field. */
export function SegmentedField({
  name,
  label,
  hint,
  error,
  options,
  defaultValue,
}: Shell & { options: ReadonlyArray<{ value: string; label: string }>; defaultValue?: string }) {
  const shell = { name, label, hint, error };
  const w = wiring(shell);
  return (
    <fieldset
      role="radiogroup"
      aria-labelledby={`${w.inputId}-legend`}
      aria-describedby={w.describedBy}
      aria-invalid={w.invalid}
      className="group"
      data-testid={`segmented-${name}`}
    >
      <legend id={`${w.inputId}-legend`} className="block text-sm font-medium text-slate-800">
        {label}
      </legend>
      <div className="mt-1 flex overflow-hidden rounded-md border border-slate-400 group-aria-invalid:border-danger-700">
        {options.map((o) => (
          <label key={o.value} className="relative flex-1 border-l border-slate-300 first:border-l-0">
            <input
              type="radio"
              name={name}
              value={o.value}
              defaultChecked={defaultValue === o.value}
              className="peer sr-only"
              id={`${w.inputId}-${o.value}`}
            />
            <span className="flex min-h-11 cursor-pointer items-center justify-center bg-white text-base peer-checked:bg-brand-700 peer-checked:font-semibold peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-brand-700">
              {o.label}
            </span>
          </label>
        ))}
      </div>
      {hint ? (
        <p id={`${w.inputId}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <p
        id={`${w.inputId}-error`}
        data-testid={`error-${name}`}
        aria-live="polite"
        className="mt-1 text-sm font-medium text-danger-700 empty:mt-0"
      >
        {w.message ?? ""}
      </p>
    </fieldset>
  );
}

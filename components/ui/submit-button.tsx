"use client";

import { useFormStatus } from "react-dom";
import { buttonClass, type ButtonVariant } from "./button";
import { commonText } from "@/lib/i18n/common";

/** Submit button that shows a pending state while its form's action runs. */
export function SubmitButton({
  children,
  pendingText = commonText.form.saving,
  className = "",
  variant = "primary",
  name,
  value,
}: {
  children: React.ReactNode;
  pendingText?: string;
  className?: string;
  variant?: ButtonVariant;
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={buttonClass(variant, className)}
    >
      {pending ? pendingText : children}
    </button>
  );
}

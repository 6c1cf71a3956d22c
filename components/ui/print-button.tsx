"use client";

import { buttonClass, type ButtonVariant } from "@/components/ui/button";
import { commonText } from "@/lib/i18n/common";

/** Opens the browser's print dialog (A4 rules in app/globals.css); without JS the browser's own Print menu does
 * the same. Never printed itself. */
export function PrintButton({
  label = commonText.form.print,
  variant = "secondary",
}: {
  label?: string;
  variant?: ButtonVariant;
}) {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass(variant, "no-print")}>
      {label}
    </button>
  );
}

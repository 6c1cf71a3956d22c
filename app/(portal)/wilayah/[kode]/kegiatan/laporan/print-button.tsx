"use client";

import { buttonClass } from "@/components/ui/button";

/** Opens the browser's print dialog; without JS the browser's own Print menu does the same. */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass("primary")}>
      Cetak
    </button>
  );
}

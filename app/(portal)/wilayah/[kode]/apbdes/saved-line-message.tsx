"use client";

import { useEffect, useRef } from "react";

/** The confirmation after a line is saved, beside the list. The live region is always in the page, so the text put
 * into it after the redirect is announced; it also takes focus and scrolls into view (without JavaScript the
 * redirect's `#pesan-baris` fragment scrolls to it). */
export function SavedLineMessage({
  message,
  lineId,
  showLabel,
}: {
  message?: string;
  lineId?: number;
  showLabel: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!message || !el) return;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "center" });
  }, [message, lineId]);
  return (
    <div
      ref={ref}
      id="pesan-baris"
      role="status"
      aria-live="polite"
      tabIndex={-1}
      data-testid="pesan-baris"
      className="no-print scroll-mt-4 outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
    >
      {message ? (
        <p
          data-testid="form-message"
          className="rounded-md border border-brand-600 bg-brand-50 px-3 py-2 text-sm font-medium text-brand-800"
        >
          {"✓ "}
          {message}
          {lineId ? (
            <>
              {" "}
              <a href={`#baris-${lineId}`} className="underline underline-offset-2">
                {showLabel}
              </a>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

"use client";

import { pemantauanText } from "@/lib/i18n/pemantauan";

const t = pemantauanText.month;

/** One row of a month's list as data: name, the grey line under it, and whether the month is recorded. */
export type DueRow = { id: number; nama: string; sub: string; done: boolean };

/** The rows of one of the month's lists. A client component on purpose: a desa with 400 children renders hundreds of
 * rows, and handing them over as data (a few strings each) instead of as a server-rendered element tree halves the
 * page's payload and the server's time (docs/scaling.md §2.000). Plain links: the form is a full page anyway. */
export function DueRows({
  rows,
  base,
  query,
  highlight,
  doneLabel,
}: {
  rows: DueRow[];
  /** `/wilayah/<kode>/pemantauan`: a row links to `<base>/<id>?<query>`. */
  base: string;
  query: string;
  highlight?: number;
  doneLabel: string;
}) {
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {rows.map((r) => (
        <li
          key={r.id}
          id={`s-${r.id}`}
          data-testid={`baris-${r.id}`}
          className={highlight === r.id ? "bg-brand-50" : undefined}
        >
          <a href={`${base}/${r.id}${query ? `?${query}` : ""}`} className="due-row">
            <span>
              <span className="block font-medium">{r.nama}</span>
              <span className="due-sub">{r.sub}</span>
            </span>
            <span className={`badge ${r.done ? "badge-good" : "badge-warn"}`}>
              {r.done ? `✓ ${doneLabel}` : t.notFilled}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

"use client";

import Link from "next/link";
import { tableFeatures, useTable, type ColumnDef } from "@tanstack/react-table";
import { hrefWith } from "@/lib/url";

const features = tableFeatures({});
export type Features = typeof features;
export { features as dataTableFeatures };

/** Server-driven table: TanStack renders the columns; sorting and paging are links that change the URL,
 * so the server does the work and the table also works without JavaScript. The first column stays pinned
 * while the table scrolls inside its own container on narrow screens. */
export function DataTable<Row extends object>({
  columns,
  data,
  caption,
  baseHref,
  params,
  sortKeys = {},
  rowKey,
  testId,
  nowrap = false,
}: {
  columns: ColumnDef<Features, Row, unknown>[];
  data: Row[];
  caption: string;
  baseHref: string;
  params: Record<string, string | undefined>;
  /** column id → sort key understood by the server */
  sortKeys?: Record<string, string>;
  rowKey: (row: Row) => string;
  testId?: string;
  /** Keep every cell after the first on one line: short values stay compact rows on a phone and the table scrolls. */
  nowrap?: boolean;
}) {
  const table = useTable({ features, columns, data, getRowId: (row: Row) => rowKey(row) });
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" data-testid={testId}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-700">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header, i) => {
                const key = sortKeys[header.column.id];
                const active = key && params.sort === key;
                const nextDir = active && params.dir !== "desc" ? "desc" : "asc";
                const ariaSort = active ? (params.dir === "desc" ? "descending" : "ascending") : undefined;
                return (
                  <th key={header.id} scope="col" aria-sort={ariaSort} className={`whitespace-nowrap px-3 py-2 font-semibold ${i === 0 ? "sticky left-0 z-10 bg-slate-100" : ""}`}>
                    {header.isPlaceholder ? null : key ? (
                      <Link href={hrefWith(baseHref, params, { sort: key, dir: nextDir, page: undefined })} className="inline-flex min-h-11 items-center gap-1 underline-offset-2 hover:underline">
                        <table.FlexRender header={header} />
                        <span aria-hidden="true" className="print:hidden">{active ? (params.dir === "desc" ? "▼" : "▲") : "↕"}</span>
                      </Link>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-slate-100">
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="hover:bg-slate-50">
              {row.getAllCells().map((cell, i) => (
                <td key={cell.id} className={`px-3 py-2 align-top ${i === 0 ? "sticky left-0 bg-white" : nowrap ? "whitespace-nowrap" : ""}`}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

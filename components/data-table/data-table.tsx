import {
  constructTable,
  tableFeatures,
  type CellContext,
  type Column,
  type ColumnDef,
  type Row as TableRow,
  type Table,
} from "@tanstack/table-core";
import { storeReactivityBindings } from "@tanstack/table-core/store-reactivity-bindings";
import { flexRender } from "@tanstack/react-table/flex-render";
import { hrefWith } from "@/lib/url";

/** The table never changes in the browser (sorting and paging are links), so it is built and rendered on the
 * server only: no table library and no row data are shipped to a phone to hydrate. */
const features = tableFeatures({ coreReactivityFeature: storeReactivityBindings() });
export type Features = typeof features;
export { features as dataTableFeatures };

/** A cell's content. Cell definitions are plain functions of the cell (no hooks: the table renders on the server
 * only), so they are called directly; flexRender would mount each of a page's ~1,000 cells as its own component. */
function cellContent<C>(def: string | ((context: C) => React.ReactNode) | undefined, context: C): React.ReactNode {
  return typeof def === "function" ? def(context) : (def ?? null);
}

/** A cell's context without the reactive machinery. `cell.getContext()` and `getValue()` go through the table's
 * store (memoised atoms per cell), a cost measured in docs/scaling.md §2.0.
 * A server-rendered table never changes, so the value is read straight from the column's accessor; the full cell
 * object is built only if a cell definition asks for it. */
function cellContext<Row extends object>(
  table: Table<Features, Row>,
  row: TableRow<Features, Row>,
  column: Column<Features, Row, unknown>,
): CellContext<Features, Row, unknown> {
  type Ctx = CellContext<Features, Row, unknown>;
  // TanStack's getters are generic in the value type; its own implementation casts the same way.
  const getValue = (() => column.accessorFn?.(row.original, row.index)) as Ctx["getValue"];
  return {
    table,
    row,
    column,
    getValue,
    renderValue: (() => getValue() ?? null) as Ctx["renderValue"],
    get cell() {
      return row.getAllCellsByColumnId()[column.id];
    },
  };
}

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
  numeric = [],
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
  /** Column ids whose cells are amounts: right-aligned, tabular figures, one line (`td.num` in app/globals.css). */
  numeric?: string[];
}) {
  const table = constructTable({ features, columns, data, getRowId: (row: Row) => rowKey(row) });
  const leafColumns = table.getAllLeafColumns();
  const numericCols = leafColumns.map((c) => numeric.includes(c.id));
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" data-testid={testId}>
      <table className="data-table min-w-full text-left text-sm" data-nowrap={nowrap || undefined}>
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
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={ariaSort}
                    className={`px-3 py-2 font-semibold whitespace-nowrap ${i === 0 ? "sticky left-0 z-10 bg-slate-100" : ""}`}
                  >
                    {header.isPlaceholder ? null : key ? (
                      // A plain anchor (see RowLink): prefetching the same page in every other order helps nobody.
                      <a
                        href={hrefWith(baseHref, params, { sort: key, dir: nextDir, page: undefined })}
                        className="inline-flex min-h-11 items-center gap-1 underline-offset-2 hover:underline"
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true" className="print:hidden">
                          {active ? (params.dir === "desc" ? "▼" : "▲") : "↕"}
                        </span>
                      </a>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        {/* Cell padding, the pinned first column and no-wrap come from the table's CSS (app/globals.css). */}
        <tbody className="divide-y divide-slate-100">
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {/* Cells never move within a row: position keys keep the payload small (cell ids repeat the row key). */}
              {leafColumns.map((column, i) => (
                <td key={i} className={numericCols[i] ? "num" : undefined}>
                  {cellContent(column.columnDef.cell, cellContext(table, row, column))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

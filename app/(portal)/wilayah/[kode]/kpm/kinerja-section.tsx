import Link from "next/link";
import type { Region } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { listKpmKinerja } from "@/db/queries/kpm-kinerja";
import { Pagination } from "@/components/data-table/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { formatInteger, formatMonth } from "@/lib/format";
import { formatYearMonth } from "@/lib/periods";
import { kpmUrlState, type KpmListParams } from "@/lib/kpm/params";
import { kpmSummary, kpmTable } from "@/lib/kpm/table";
import { KPM_WINDOWS, kpmWindow } from "@/lib/kpm/window";
import { hrefWith } from "@/lib/url";
import { KpmTable } from "./kpm-table";
import { TanpaPelatihan } from "./tanpa-pelatihan";
import { kpmText } from "@/lib/i18n/kpm";

const t = kpmText.kinerja;

const PILL = "inline-flex min-h-11 items-center rounded-md border px-3 text-sm font-medium";
const pill = (on: boolean) =>
  `${PILL} ${on ? "border-brand-700 bg-brand-50 text-brand-800" : "border-slate-300 bg-white hover:bg-slate-50"}`;

/** Per-KPM performance over the chosen window, the filters, and the KPM without recent training. */
export async function KinerjaSection({
  viewer,
  region,
  p,
  today,
}: {
  viewer: Viewer;
  region: Region;
  p: KpmListParams;
  today: string;
}) {
  const rows = await listKpmKinerja({ viewer, kode: region.kode, bulan: p.bulan, today });
  const table = kpmTable(rows, p);
  const sum = kpmSummary(rows);
  const w = kpmWindow(p.bulan, today);
  const base = `/wilayah/${region.kode}/kpm`;
  const state = kpmUrlState(p);
  return (
    <section aria-labelledby="kinerja" className="space-y-3">
      <h2 id="kinerja" className="text-xl font-bold">
        {t.heading}
      </h2>
      <p className="text-sm text-slate-700" data-testid="kpm-ringkasan">
        {t.summary({
          kpm: formatInteger(sum.kpm),
          desaTanpaKpm: formatInteger(sum.desaTanpaKpm),
          tanpaPelatihan: formatInteger(sum.tanpaPelatihan),
          desaInsentif: formatInteger(sum.desaInsentif),
          desaBerAPBDes: formatInteger(sum.desaBerAPBDes),
          tahun: today.slice(0, 4),
        })}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <nav aria-label={t.windowNav} className="flex flex-wrap gap-2">
          {KPM_WINDOWS.map((n) => (
            <Link
              key={n}
              href={hrefWith(base, state, { bulan: n === 3 ? undefined : n, page: undefined })}
              aria-current={p.bulan === n ? "page" : undefined}
              className={pill(p.bulan === n)}
            >
              {t.windowMonths(n)}
            </Link>
          ))}
        </nav>
        <nav aria-label={t.filterNav} className="flex flex-wrap gap-2">
          <Link
            href={hrefWith(base, state, { filter: undefined, page: undefined })}
            aria-current={!p.filter ? "page" : undefined}
            className={pill(!p.filter)}
          >
            {t.all}
          </Link>
          <Link
            href={hrefWith(base, state, { filter: "tanpa-pelatihan", page: undefined })}
            aria-current={p.filter === "tanpa-pelatihan" ? "page" : undefined}
            className={pill(p.filter === "tanpa-pelatihan")}
          >
            {t.tanpaPelatihan(sum.tanpaPelatihan)}
          </Link>
          <Link
            href={hrefWith(base, state, { filter: "tanpa-kpm", page: undefined })}
            aria-current={p.filter === "tanpa-kpm" ? "page" : undefined}
            className={pill(p.filter === "tanpa-kpm")}
          >
            {t.tanpaKpm(sum.desaTanpaKpm)}
          </Link>
        </nav>
      </div>
      <p className="text-sm text-slate-600">
        {t.windowNote(formatMonth(formatYearMonth(w.start)), formatMonth(formatYearMonth(w.end)))}
      </p>
      {table.rows.length ? (
        <>
          <KpmTable
            rows={table.rows}
            kode={region.kode}
            params={state}
            showKecamatan={region.jenis === "kabupaten"}
            tahun={Number(today.slice(0, 4))}
          />
          <Pagination baseHref={base} params={state} page={table.page} pageSize={table.pageSize} total={table.total} />
        </>
      ) : (
        <EmptyState title={t.noMatchTitle}>
          {t.noMatchLead}
          <a href={base} className="font-medium text-brand-800 underline underline-offset-2">
            {t.clearFilters}
          </a>
          .
        </EmptyState>
      )}
      <TanpaPelatihan rows={rows} showKecamatan={region.jenis === "kabupaten"} />
    </section>
  );
}

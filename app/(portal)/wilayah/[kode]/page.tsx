import type { Metadata } from "next";
import { Suspense } from "react";
import { requireRegionPage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listChildRegions } from "@/db/queries/regions";
import { childLevelLabel, regionTitle } from "@/lib/regions";
import { RegionPageHeader } from "./_components/region-page-header";
import { TugasBulanIni } from "./_components/tugas-bulan-ini";
import { DashboardView } from "./_components/dashboard-view";
import { PeriodForm } from "@/components/dashboard/period-form";
import { DesaOverview } from "./_components/desa-overview";
import { MenungguPersetujuan } from "./_components/menunggu-persetujuan";
import { Dikembalikan } from "./_components/dikembalikan";
import { TriwulanBerjalan } from "./_components/triwulan-berjalan";
import { currentYearMonth, todayIso } from "@/lib/periods";
import { parseDashboardParams } from "@/lib/dashboard/period";
import { dashboardText } from "@/lib/i18n/dashboard";
import type { Viewer } from "@/lib/auth/viewer";
import type { Region } from "@/db/schema";

const t = dashboardText.regionPage;

export const metadata: Metadata = { title: t.metaTitle };

/** `tall` holds the place of the whole dashboard, so the list below it does not jump when the figures stream in
 * (docs/dashboard.md, "The loading placeholder holds the dashboard's place"). */
function Loading({ label, tall = false }: { label: string; tall?: boolean }) {
  return (
    <div
      className={`${tall ? "h-[100svh]" : "h-40"} animate-pulse rounded-lg bg-slate-200`}
      aria-busy="true"
      aria-label={label}
    />
  );
}

export default async function RegionPage({
  params,
  searchParams,
}: {
  params: Promise<{ kode: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { kode } = await params;
  const { viewer, region } = await requireRegionPage(kode, "ringkasan");
  const { period, table, draf } = parseDashboardParams(await searchParams);
  const village = region.jenis === "desa" || region.jenis === "kelurahan";
  const showDashboard = can(viewer.role, "dashboard:read") || viewer.role === "kpm";
  const years = Array.from({ length: 4 }, (_, i) => currentYearMonth().tahun - i);
  return (
    <div className="space-y-4">
      <RegionPageHeader viewer={viewer} region={region} section="" />
      {viewer.role === "kepala_desa" && village ? <MenungguPersetujuan viewer={viewer} kode={region.kode} /> : null}
      {viewer.role === "kpm" && village ? <Dikembalikan viewer={viewer} kode={region.kode} jenis="scorecard" /> : null}
      {viewer.role === "perangkat_desa" && region.jenis === "desa" ? (
        <Dikembalikan viewer={viewer} kode={region.kode} jenis="apbdes" />
      ) : null}
      {viewer.role === "kpm" && village ? (
        <TugasBulanIni viewer={viewer} kode={region.kode} ym={currentYearMonth()} today={todayIso()} />
      ) : null}
      {showDashboard ? (
        <section aria-labelledby="dasbor" className="space-y-3">
          <h2 id="dasbor" className="text-xl font-bold">
            {t.ringkasan(regionTitle(region))}
          </h2>
          <PeriodForm action={`/wilayah/${region.kode}`} period={period} years={years} draf={draf} />
          {village ? (
            <Suspense fallback={<Loading label={t.loadingDesa} />}>
              <DesaOverview viewer={viewer} region={region} period={period} />
            </Suspense>
          ) : (
            <Suspense fallback={<Loading label={t.loadingProgress} />}>
              <TriwulanBerjalan viewer={viewer} kode={region.kode} today={todayIso()} />
            </Suspense>
          )}
          <Suspense fallback={<Loading label={t.loading} tall />}>
            {/* Cadres are on cheap phones: their home keeps the figures as tables and skips the chart library. */}
            <DashboardView
              viewer={viewer}
              region={region}
              period={period}
              state={table}
              draf={draf}
              charts={viewer.role !== "kpm"}
            />
          </Suspense>
        </section>
      ) : null}
      <ChildRegions viewer={viewer} region={region} />
    </div>
  );
}

/** Its own component so the list's query runs beside the header's and the dashboard's, not before them. */
async function ChildRegions({ viewer, region }: { viewer: Viewer; region: Region }) {
  const children = await listChildRegions({ viewer, kode: region.kode });
  if (!children.length) return null;
  return (
    <section aria-labelledby="daftar-anak">
      <h2 id="daftar-anak" className="mb-2 text-lg font-semibold">
        {childLevelLabel(region.jenis)} ({children.length})
      </h2>
      {/* Up to ~30 kecamatan or desa: plain anchors styled from the list (see RowLink for why not next/link). */}
      <ul className="region-list grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {children.map((c) => (
          <li key={c.kode}>
            <a href={`/wilayah/${c.kode}`}>
              <span>{regionTitle(c)}</span>
              <span>{c.kode}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

import type { Metadata } from "next";
import { Suspense } from "react";
import { requireRegionPage } from "@/lib/auth/guard";
import { RegionPageHeader } from "../_components/region-page-header";
import { buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { kpmUrlState, parseKpmParams } from "@/lib/kpm/params";
import { todayIso } from "@/lib/periods";
import { firstParams, hrefWith } from "@/lib/url";
import { KinerjaSection } from "./kinerja-section";
import { PelatihanSection } from "./pelatihan-section";
import { kpmText } from "@/lib/i18n/kpm";

const t = kpmText.page;

export const metadata: Metadata = { title: t.metaTitle };

function Loading({ label }: { label: string }) {
  return <div className="h-40 animate-pulse rounded-lg bg-slate-200" aria-busy="true" aria-label={label} />;
}

/** Kinerja dan pembinaan KPM (Aksi 5) for a kabupaten or kecamatan. */
export default async function KpmPage({
  params,
  searchParams,
}: {
  params: Promise<{ kode: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { kode } = await params;
  const { viewer, region } = await requireRegionPage(kode, "kpm");
  const query = firstParams(await searchParams);
  const p = parseKpmParams(query);
  // The confirmation after an edit, which redirects here.
  const flash = query.pesan === "diubah" ? t.edited : undefined;
  const today = todayIso();
  return (
    <div className="space-y-6">
      <RegionPageHeader
        viewer={viewer}
        region={region}
        section="kpm"
        title={t.title}
        actions={
          <a
            href={hrefWith(`/wilayah/${region.kode}/kpm/ekspor`, kpmUrlState(p), {})}
            className={buttonClass("secondary")}
          >
            {t.downloadExcel}
          </a>
        }
      />
      {flash ? <FormMessage state={{ status: "ok", message: flash }} /> : null}
      <Suspense fallback={<Loading label={t.loadingKinerja} />}>
        <KinerjaSection viewer={viewer} region={region} p={p} today={today} />
      </Suspense>
      <Suspense fallback={<Loading label={t.loadingPelatihan} />}>
        <PelatihanSection viewer={viewer} region={region} today={today} />
      </Suspense>
    </div>
  );
}

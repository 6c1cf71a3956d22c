import { Breadcrumb } from "@/components/breadcrumb";
import { RegionTabs } from "@/components/region-tabs";
import { getRegionTrail } from "@/db/queries/regions";
import { regionTitle } from "@/lib/regions";
import type { Region } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { LEVEL_LABELS, commonText } from "@/lib/i18n/common";

/** Breadcrumb, region heading and section tabs shared by every page under /wilayah/[kode]. */
export async function RegionPageHeader({
  viewer,
  region,
  section,
  title,
  actions,
}: {
  viewer: Viewer;
  region: Region;
  /** Tab segment ("" for the region overview). */
  section: string;
  /** Heading for a sub-page; the region overview uses the region's own name. */
  title?: string;
  actions?: React.ReactNode;
}) {
  const trail = await getRegionTrail(region.kode);
  return (
    <div className="space-y-3">
      <Breadcrumb
        trail={title ? [...trail, region] : trail}
        scopeKode={viewer.scopeKode}
        current={title ? { label: title } : undefined}
      />
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold">{title ?? regionTitle(region)}</h1>
          <p className="text-sm text-slate-600">
            {title ? regionTitle(region) : LEVEL_LABELS[region.jenis]} · {commonText.region.code(region.kode)}
          </p>
        </div>
        {actions ? <div className="no-print flex flex-wrap gap-2">{actions}</div> : null}
      </div>
      <RegionTabs kode={region.kode} jenis={region.jenis} role={viewer.role} active={section} />
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRegionPage } from "@/lib/auth/guard";
import { pathId } from "@/lib/route-params";
import { getPelatihan } from "@/db/queries/pelatihan";
import { todayIso } from "@/lib/periods";
import { RegionPageHeader } from "../../../_components/region-page-header";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PelatihanForm } from "../../pelatihan-form";
import { attendeeOptions } from "../../pelatihan-section";
import { kpmText } from "@/lib/i18n/kpm";

const t = kpmText.edit;

export const metadata: Metadata = { title: t.metaTitle };

/** Edit a training or coaching event organised in this region, with the create form. */
export default async function UbahPelatihanPage({ params }: { params: Promise<{ kode: string; id: string }> }) {
  const { kode, id } = await params;
  const { viewer, region } = await requireRegionPage(kode, "kpm", "write");
  const event = await getPelatihan({ viewer, kode: region.kode, id: pathId(id) });
  if (!event) notFound();
  const choices = await attendeeOptions({ viewer, kode: event.kodeWilayah });
  return (
    <div className="space-y-4">
      <RegionPageHeader
        viewer={viewer}
        region={region}
        section="kpm"
        title={t.title}
        actions={
          <LinkButton variant="secondary" href={`/wilayah/${region.kode}/kpm#pelatihan`}>
            {t.back}
          </LinkButton>
        }
      />
      <Card>
        <PelatihanForm kode={region.kode} today={todayIso()} {...choices} initial={event} />
      </Card>
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRegionPage } from "@/lib/auth/guard";
import { pathId } from "@/lib/route-params";
import { getKegiatan, listSasaranForVisit } from "@/db/queries/kegiatan";
import { todayIso } from "@/lib/periods";
import { RegionPageHeader } from "../../_components/region-page-header";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { KegiatanForm } from "../kegiatan-form";
import { kegiatanText } from "@/lib/i18n/kegiatan";

const t = kegiatanText.edit;

export const metadata: Metadata = { title: t.metaTitle };

export default async function UbahKegiatanPage({ params }: { params: Promise<{ kode: string; id: string }> }) {
  const { kode, id } = await params;
  const { viewer, region } = await requireRegionPage(kode, "kegiatan", "write");
  const kegiatan = await getKegiatan({ viewer, kode: region.kode, id: pathId(id) });
  if (!kegiatan) notFound();
  const sasaranOptions = await listSasaranForVisit({ viewer, kode: region.kode, includeIds: kegiatan.sasaranIds });
  // Only what the form needs crosses to the client.
  const { jenis, tanggal, tempat, jumlahPeserta, catatan, sasaranIds } = kegiatan;
  const initial = { id: kegiatan.id, jenis, tanggal, tempat, jumlahPeserta, catatan, sasaranIds };
  const back = `/wilayah/${region.kode}/kegiatan?bulan=${kegiatan.tanggal.slice(0, 7)}`;

  return (
    <div className="space-y-4">
      <RegionPageHeader
        viewer={viewer}
        region={region}
        section="kegiatan"
        title={t.title}
        actions={
          <LinkButton variant="secondary" href={back}>
            {t.back}
          </LinkButton>
        }
      />
      <Card>
        <KegiatanForm kode={region.kode} today={todayIso()} sasaranOptions={sasaranOptions} initial={initial} />
      </Card>
    </div>
  );
}

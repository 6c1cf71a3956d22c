import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRegionPage } from "@/lib/auth/guard";
import { pathId } from "@/lib/route-params";
import { getSasaran } from "@/db/queries/sasaran";
import { RegionPageHeader } from "../../../_components/region-page-header";
import { recordToValues } from "@/lib/pemantauan/defaults";
import { todayIso } from "@/lib/periods";
import { SasaranForm } from "../../sasaran-form";
import { updateAnak, updateIbu } from "../../actions";
import { loadSasaranFormOptions } from "../../form-options";
import { nikFor, seesFullNik } from "@/lib/people/nik-visibility";
import { sasaranText } from "@/lib/i18n/sasaran";

const t = sasaranText.edit;

export const metadata: Metadata = { title: t.metaTitle };

export default async function EditSasaranPage({ params }: { params: Promise<{ kode: string; id: string }> }) {
  const { kode, id } = await params;
  const { viewer, region } = await requireRegionPage(kode, "sasaran", "write");
  const sasaranId = pathId(id);
  const found = await getSasaran({ viewer, kode: region.kode, id: sasaranId, today: todayIso() });
  if (!found) notFound();
  const s = found.sasaran;
  const options = await loadSasaranFormOptions(viewer, region.kode);
  const values = recordToValues(s);
  // The NIK as this viewer may see it: the form of a role that sees it masked shows it read-only, and the
  // write keeps the stored one.
  const nik = nikFor(viewer, s.nik, region.kode) ?? "";
  const defaults = { ...values, nik, noKia: values.noKia ?? "", id: String(s.id), version: String(s.version) };
  return (
    <div className="space-y-4">
      <RegionPageHeader viewer={viewer} region={region} section="sasaran" title={t.title(s.nama)} />
      <SasaranForm
        jenis={s.jenis}
        action={s.jenis === "ibu" ? updateIbu : updateAnak}
        kode={region.kode}
        defaults={defaults}
        posyandu={options.posyandu}
        ibu={options.ibu.filter((o) => o.value !== String(s.id))}
        households={options.households}
        submitLabel={t.submit}
        nikEditable={seesFullNik(viewer, region.kode)}
      />
    </div>
  );
}

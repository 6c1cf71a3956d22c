import type { Metadata } from "next";
import { requireRegionPage } from "@/lib/auth/guard";
import { parseQuery } from "@/lib/route-params";
import { sasaranNewQuery } from "@/lib/sasaran/list-params";
import { RegionPageHeader } from "../../_components/region-page-header";
import { SasaranForm } from "../sasaran-form";
import { createAnak, createIbuHamil } from "../actions";
import { loadSasaranFormOptions } from "../form-options";
import { seesFullNik } from "@/lib/people/nik-visibility";
import { sasaranText } from "@/lib/i18n/sasaran";
import { newbornDefaults } from "@/lib/sasaran/birth-defaults";

const t = sasaranText.create;

export const metadata: Metadata = { title: t.metaTitle };

export default async function NewSasaranPage({
  params,
  searchParams,
}: {
  params: Promise<{ kode: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { kode } = await params;
  const { viewer, region } = await requireRegionPage(kode, "sasaran", "write");
  const sp = parseQuery(sasaranNewQuery, await searchParams);
  const jenis = sp.jenis === "anak" ? "anak" : "ibu";
  const options = await loadSasaranFormOptions(viewer, region.kode);
  // Registering a newborn from the mother's record: link, household, posyandu and her delivery date as the birth
  // date come with her (lib/sasaran/birth-defaults.ts); the KIA number is the baby's own.
  const mother = jenis === "anak" && sp.ibu ? options.ibuRows.find((i) => i.id === sp.ibu) : undefined;
  const defaults = newbornDefaults(mother);
  return (
    <div className="space-y-4">
      <RegionPageHeader
        viewer={viewer}
        region={region}
        section="sasaran"
        title={jenis === "ibu" ? t.titleIbu : mother ? t.titleBaby(mother.nama) : t.titleAnak}
      />
      <SasaranForm
        jenis={jenis}
        action={jenis === "ibu" ? createIbuHamil : createAnak}
        kode={region.kode}
        defaults={defaults}
        posyandu={options.posyandu}
        ibu={options.ibu}
        households={options.households}
        submitLabel={t.submit}
        nikEditable={seesFullNik(viewer, region.kode)}
        offline={jenis === "ibu" ? "ibu_hamil_baru" : "bayi_baru"}
        kembar={jenis === "anak"}
      />
    </div>
  );
}

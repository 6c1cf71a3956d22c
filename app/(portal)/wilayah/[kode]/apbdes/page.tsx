import type { Metadata } from "next";
import { requireRegionPage } from "@/lib/auth/guard";
import { RegionPageHeader } from "../_components/region-page-header";
import { PrintHeader } from "../_components/print-header";
import { PrintButton } from "@/components/ui/print-button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { listApbdesYears } from "@/db/queries/apbdes";
import { parseApbdesParams } from "@/lib/apbdes/params";
import { todayIso } from "@/lib/periods";
import { DesaApbdes, isLineFlash } from "./desa-apbdes";
import { RecapView } from "./recap-view";
import { YearNav } from "./year-nav";
import { apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.page;

export const metadata: Metadata = { title: t.metaTitle };

type Props = {
  params: Promise<{ kode: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ApbdesPage({ params, searchParams }: Props) {
  const [{ kode }, query] = await Promise.all([params, searchParams]);
  const { viewer, region } = await requireRegionPage(kode, "apbdes");
  const today = todayIso();
  const sp = parseApbdesParams(query, Number(today.slice(0, 4)));
  const { tahun } = sp;
  const base = `/wilayah/${region.kode}/apbdes`;
  // Confirmations after a redirect; a saved line's is shown beside the lines (DesaApbdes).
  const isDesa = region.jenis === "desa";
  const flash = sp.pesan && !(isDesa && isLineFlash(sp.pesan)) ? t.flash[sp.pesan] : undefined;
  const recap = region.jenis === "kecamatan" || region.jenis === "kabupaten";
  const years = isDesa ? await listApbdesYears({ viewer, kode: region.kode }) : [];
  return (
    <div className="space-y-4">
      <RegionPageHeader
        viewer={viewer}
        region={region}
        section="apbdes"
        title={recap ? t.titleRecap(tahun) : isDesa ? t.titleDesa(tahun) : t.title}
        actions={recap || isDesa ? <PrintButton /> : null}
      />
      {recap || isDesa ? (
        <PrintHeader
          region={region}
          title={recap ? t.printTitleRecap : t.printTitleDesa}
          period={t.printPeriod(tahun)}
          landscape
        />
      ) : null}
      {region.jenis === "kelurahan" ? (
        <Card title={t.kelurahanTitle}>
          <p className="text-sm">{t.kelurahanBody}</p>
        </Card>
      ) : (
        <>
          <YearNav base={base} tahun={tahun} years={years} />
          {flash ? (
            <div className="no-print">
              <FormMessage state={{ status: "ok", message: flash }} />
            </div>
          ) : null}
          {isDesa ? (
            <DesaApbdes
              viewer={viewer}
              kode={region.kode}
              tahun={tahun}
              versi={sp.versi}
              pesan={sp.pesan}
              baris={sp.baris}
            />
          ) : (
            <RecapView viewer={viewer} region={region} tahun={tahun} p={sp.recap} today={today} />
          )}
        </>
      )}
    </div>
  );
}

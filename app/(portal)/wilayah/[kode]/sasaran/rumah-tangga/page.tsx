import type { Metadata } from "next";
import { requireRegionPage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listRumahTanggaWithCounts } from "@/db/queries/rumah-tangga";
import { RegionPageHeader } from "../../_components/region-page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import { createRumahTangga } from "../actions";
import { RumahTanggaForm } from "./rumah-tangga-form";
import { sasaranText } from "@/lib/i18n/sasaran";

const t = sasaranText.rumahTangga;

export const metadata: Metadata = { title: t.metaTitle };

const yn = (b: boolean) => (b ? t.yes : t.no);

export default async function RumahTanggaPage({ params }: { params: Promise<{ kode: string }> }) {
  const { kode } = await params;
  const { viewer, region } = await requireRegionPage(kode, "sasaran");
  const rows = await listRumahTanggaWithCounts({ viewer, kode: region.kode });
  return (
    <div className="space-y-4">
      <RegionPageHeader viewer={viewer} region={region} section="sasaran" title={t.title} />
      {can(viewer.role, "sasaran:write") ? (
        <Card title={t.add}>
          <RumahTanggaForm action={createRumahTangga} kode={region.kode} />
        </Card>
      ) : null}
      {rows.length ? (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <caption className="sr-only">{t.caption}</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                {t.tableHead.map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 font-semibold">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-t border-slate-100">
                  <td className="px-3 py-2 font-medium">{r.kepalaKeluarga}</td>
                  <td className="px-3 py-2">{r.dusun ?? "–"}</td>
                  <td className="px-3 py-2">{[r.rt, r.rw].filter(Boolean).join("/") || "–"}</td>
                  <td className="px-3 py-2">{yn(r.airMinumLayak)}</td>
                  <td className="px-3 py-2">{yn(r.jambanLayak)}</td>
                  <td className="px-3 py-2">{r.jumlahSasaran}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <EmptyState title={t.empty}>{t.emptyHint}</EmptyState>
      )}
    </div>
  );
}

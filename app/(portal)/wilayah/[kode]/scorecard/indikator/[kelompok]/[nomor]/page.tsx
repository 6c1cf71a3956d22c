import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRegionPage } from "@/lib/auth/guard";
import { listIndicatorTargets } from "@/db/queries/scorecard";
import { RegionPageHeader } from "@/components/region-page-header";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { ANAK_INDICATORS, IBU_INDICATORS, NILAI_LABELS, PAUD_INDICATOR, STAGE_LABELS } from "@/lib/scorecard/labels";
import { parseQuarterParams } from "@/lib/scorecard/params";
import { firstParams, hrefWith } from "@/lib/url";
import { formatPercent } from "@/lib/format";

export const metadata: Metadata = { title: "Sasaran per indikator" };

const LABELS = { ibu: IBU_INDICATORS, anak: ANAK_INDICATORS, paud: [PAUD_INDICATOR] } as const;
const TONE = { Y: "good", T: "bad", TS: "neutral" } as const;

/** The targets behind one coverage figure, with their Y/T/TS; each links to the target. */
export default async function IndicatorTargetsPage({ params, searchParams }: { params: Promise<{ kode: string; kelompok: string; nomor: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { kode, kelompok, nomor } = await params;
  const { viewer, region } = await requireRegionPage(decodeURIComponent(kode), "scorecard:read");
  if (kelompok !== "ibu" && kelompok !== "anak" && kelompok !== "paud") notFound();
  const n = Number(nomor);
  const label = LABELS[kelompok][n - 1];
  if (!label) notFound();
  const sp = firstParams(await searchParams);
  const { tahun, triwulan } = parseQuarterParams(sp);
  const posyanduId = Number(sp.posyandu) || undefined;
  const rows = await listIndicatorTargets({ viewer, kode: region.kode, tahun, triwulan, posyanduId, kelompok, nomor: n });
  const y = rows.filter((r) => r.nilai === "Y").length;
  const applicable = rows.filter((r) => r.nilai !== "TS").length;
  const back = hrefWith(`/wilayah/${region.kode}/scorecard`, { tahun: String(tahun), triwulan: String(triwulan), posyandu: posyanduId ? String(posyanduId) : undefined }, {});
  return (
    <div className="space-y-4">
      <RegionPageHeader viewer={viewer} region={region} section="scorecard" title={`${label}`} />
      <p className="text-sm">
        Triwulan {triwulan} {tahun} · {y} dari {applicable} sasaran menerima ({formatPercent(y, applicable)}); TS tidak dihitung dalam pembagi. ·{" "}
        <Link className="underline" href={back}>Kembali ke scorecard</Link>
      </p>
      {rows.length ? (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="tabel-indikator">
            <caption className="sr-only">Sasaran dan nilai indikator</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">Nama</th>
                <th scope="col" className="px-3 py-2">Desa</th>
                <th scope="col" className="px-3 py-2">Tahap/umur</th>
                <th scope="col" className="px-3 py-2">Nilai</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.sasaranId} className="border-t border-slate-100">
                  <td className="px-3 py-2"><Link className="font-medium text-brand-800 underline" href={`/wilayah/${r.kodeWilayah}/sasaran/${r.sasaranId}`}>{r.nama}</Link></td>
                  <td className="px-3 py-2">{r.desa}</td>
                  <td className="px-3 py-2">{r.stage ? (STAGE_LABELS[r.stage] ?? r.stage) : "–"}</td>
                  <td className="px-3 py-2"><Badge tone={TONE[r.nilai]}>{NILAI_LABELS[r.nilai]}</Badge></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <EmptyState title="Belum ada sasaran dengan catatan pada triwulan ini" />
      )}
    </div>
  );
}

import type { Metadata } from "next";
import { z } from "zod";
import Link from "next/link";
import { requireRegionPage } from "@/lib/auth/guard";
import { getYearSettings, listIndicatorTargets, listNifasRecords } from "@/db/queries/scorecard";
import { RegionPageHeader } from "../../../../_components/region-page-header";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { ANAK_INDICATORS, IBU_INDICATORS, PAUD_INDICATOR } from "@/lib/scorecard/indicators";
import { parseScorecardParams } from "@/lib/scorecard/params";
import { hrefWith } from "@/lib/url";
import { parsePath } from "@/lib/route-params";
import { formatDate, formatInteger, formatPercent } from "@/lib/format";
import { nifasBasis } from "@/lib/scorecard/nifas";
import { NILAI_LABELS, STAGE_LABELS, scorecardText } from "@/lib/i18n/scorecard";

const t = scorecardText.indikator;

export const metadata: Metadata = { title: t.metaTitle };

const LABELS = { ibu: IBU_INDICATORS, anak: ANAK_INDICATORS, paud: [PAUD_INDICATOR] } as const;
const TONE = { Y: "good", T: "bad", TS: "neutral" } as const;

/** `[kelompok]/[nomor]`: an indicator that exists, else 404. */
const segments = z
  .object({
    kelompok: z.enum(["ibu", "anak", "paud"]),
    nomor: z
      .string()
      .regex(/^[1-9]\d?$/)
      .transform(Number),
  })
  .refine(({ kelompok, nomor }) => nomor <= LABELS[kelompok].length);

/** The targets behind one coverage figure, with their Y/T/TS; each links to the target. */
export default async function IndicatorTargetsPage({
  params,
  searchParams,
}: {
  params: Promise<{ kode: string; kelompok: string; nomor: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { kode, ...rest } = await params;
  const { viewer, region } = await requireRegionPage(kode, "scorecard");
  const { kelompok, nomor: n } = parsePath(segments, rest);
  const label = LABELS[kelompok][n - 1];
  const { tahun, triwulan, posyandu: posyanduId, draf } = parseScorecardParams(await searchParams);
  const rows = await listIndicatorTargets({
    viewer,
    kode: region.kode,
    tahun,
    triwulan,
    posyanduId,
    draf,
    kelompok,
    nomor: n,
  });
  // Mother indicator 3 shows what each mother was judged on: her KF visits and the end of her nifas period.
  const nifas = kelompok === "ibu" && n === 3;
  const [nifasRecords, settings] = nifas
    ? await Promise.all([
        listNifasRecords({ viewer, ids: rows.filter((r) => r.nilai !== "TS").map((r) => r.sasaranId) }),
        getYearSettings(tahun),
      ])
    : [[], null];
  const recordsOf = new Map<number, typeof nifasRecords>();
  for (const r of nifasRecords) recordsOf.set(r.sasaranId, [...(recordsOf.get(r.sasaranId) ?? []), r]);
  const basisOf = (id: number) => {
    const b = nifasBasis(recordsOf.get(id) ?? []);
    return b ? t.nifasBasis(formatInteger(b.visits), formatDate(b.end)) : t.noValue;
  };
  const y = rows.filter((r) => r.nilai === "Y").length;
  const applicable = rows.filter((r) => r.nilai !== "TS").length;
  const back = hrefWith(
    `/wilayah/${region.kode}/scorecard`,
    {
      tahun: String(tahun),
      triwulan: String(triwulan),
      posyandu: posyanduId ? String(posyanduId) : undefined,
      draf: draf ? "1" : undefined,
    },
    {},
  );
  return (
    <div className="space-y-4">
      <RegionPageHeader viewer={viewer} region={region} section="scorecard" title={`${label}`} />
      <p className="text-sm">
        {t.summary(triwulan, tahun, y, applicable, formatPercent(y, applicable))}{" "}
        <Link className="underline" href={back}>
          {t.back}
        </Link>
      </p>
      {settings ? <p className="text-sm text-slate-700">{t.nifasRule(settings.kunjunganNifasMinimum)}</p> : null}
      {rows.length ? (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="tabel-indikator">
            <caption className="sr-only">{t.caption}</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t.head.nama}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t.head.desa}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t.head.stage}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t.head.nilai}
                </th>
                {nifas ? (
                  <th scope="col" className="px-3 py-2">
                    {t.head.dasar}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.sasaranId} className="border-t border-slate-100">
                  <td className="px-3 py-2">
                    <Link
                      className="font-medium text-brand-800 underline"
                      href={`/wilayah/${r.kodeWilayah}/sasaran/${r.sasaranId}`}
                    >
                      {r.nama}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{r.desa}</td>
                  <td className="px-3 py-2">{r.stage ? (STAGE_LABELS[r.stage] ?? r.stage) : t.noValue}</td>
                  <td className="px-3 py-2">
                    <Badge tone={TONE[r.nilai]}>{NILAI_LABELS[r.nilai]}</Badge>
                  </td>
                  {nifas ? (
                    <td className="px-3 py-2" data-testid="dasar-nifas">
                      {r.nilai === "TS" ? t.noValue : basisOf(r.sasaranId)}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <EmptyState title={t.empty} />
      )}
    </div>
  );
}

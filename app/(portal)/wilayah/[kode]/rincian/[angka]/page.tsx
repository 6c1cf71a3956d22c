import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRegionPage } from "@/lib/auth/guard";
import { listFigureMembers } from "@/db/queries/indicators";
import { RegionPageHeader } from "../../_components/region-page-header";
import { MemberTable, DesaMemberTable } from "./member-tables";
import { EmptyState } from "@/components/ui/empty-state";
import { FIGURE_PARTS, FIGURES, hasList, isFigureKey } from "@/lib/indicators/figures";
import { parseDashboardPeriod } from "@/lib/dashboard/period";
import { parsePath, parseQuery, queryParam } from "@/lib/route-params";
import { hrefWith } from "@/lib/url";
import { formatInteger, formatRupiah } from "@/lib/format";
import { indicatorsText } from "@/lib/i18n/indicators";

const t = indicatorsText.rincian;

export const metadata: Metadata = { title: t.metaTitle };

/** `[angka]`: a figure of lib/indicators/figures.ts, else 404. */
const segments = z.object({ angka: z.string().refine(isFigureKey) });
const query = z.object({ bagian: queryParam.oneOf(FIGURE_PARTS) });

/** The targets (or desa) behind the numerator or denominator of one dashboard figure, for the region and period:
 * the list's count is the figure's number. */
export default async function RincianPage({
  params,
  searchParams,
}: {
  params: Promise<{ kode: string; angka: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { kode, ...rest } = await params;
  const { viewer, region } = await requireRegionPage(kode, "rincian");
  const { angka } = parsePath(segments, rest);
  if (!isFigureKey(angka)) notFound();
  const sp = await searchParams;
  const period = parseDashboardPeriod(sp);
  const part = parseQuery(query, sp).bagian ?? "pembilang";
  if (!hasList(angka, part)) notFound();
  const members = await listFigureMembers({ viewer, kode: region.kode }, period, angka, part);
  if (!members) notFound();
  const label = indicatorsText.figures[angka].label;
  const back = hrefWith(
    `/wilayah/${region.kode}`,
    { periode: period.jenis, tahun: String(period.tahun), nilai: String(period.nilai) },
    {},
  );
  const money = FIGURES[angka].unit === "rupiah" && !(angka === "pagu-per-sasaran" && part === "penyebut");
  const total = members.kind === "desa" ? members.rows.reduce((a, r) => a + r.nilai, 0) : members.rows.length;
  const totalText = money ? formatRupiah(Math.round(total)) : formatInteger(total);
  return (
    <div className="space-y-4">
      <RegionPageHeader viewer={viewer} region={region} section="rincian" title={t.title(label, t.part[part])} />
      <p className="text-sm">
        <span data-testid="rincian-jumlah" data-count={total}>
          {members.kind === "desa"
            ? t.countDesa(formatInteger(members.rows.length), totalText, period.label)
            : t.countSasaran(totalText, period.label)}
        </span>{" "}
        <a className="no-print underline" href={back}>
          {t.back}
        </a>
      </p>
      {members.rows.length === 0 ? (
        <EmptyState title={members.kind === "desa" ? t.emptyDesa : t.empty} />
      ) : members.kind === "desa" ? (
        <DesaMemberTable rows={members.rows} money={money} />
      ) : (
        <MemberTable viewer={viewer} figure={angka} rows={members.rows} />
      )}
    </div>
  );
}

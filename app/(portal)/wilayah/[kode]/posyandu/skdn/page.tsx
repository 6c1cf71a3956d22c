import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRegionPage } from "@/lib/auth/guard";
import { getSkdnReport } from "@/db/queries/skdn";
import { listPosyanduByDesa } from "@/db/queries/posyandu";
import { formatInteger, formatMonth } from "@/lib/format";
import { currentYearMonth, formatYearMonth } from "@/lib/periods";
import { hrefWith } from "@/lib/url";
import { parseSkdnParams } from "@/lib/pemantauan/skdn-params";
import { SKDN_GROUPS, SKDN_NAME_LINES, namesOf } from "@/lib/pemantauan/skdn";
import { SKDN_GROUP_LABELS, SKDN_NAME_LINE_LABELS, skdnText } from "@/lib/i18n/skdn";
import { RegionPageHeader } from "../../_components/region-page-header";
import { PrintHeader } from "../../_components/print-header";
import { MonthNav } from "@/components/month-nav";
import { LinkButton, buttonClass } from "@/components/ui/button";
import { PrintButton } from "@/components/ui/print-button";
import { EmptyState } from "@/components/ui/empty-state";
import { SkdnPerPosyandu, SkdnSummary } from "./skdn-tables";

const t = skdnText.page;

export const metadata: Metadata = { title: t.metaTitle };

// Only this page prints; the portal header, tabs and buttons carry `no-print`.
const PRINT_CSS =
  "@page { size: A4 portrait; margin: 12mm 10mm; } @media print { #konten { max-width: none; padding: 0; } }";

type Props = {
  params: Promise<{ kode: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The posyandu's monthly SKDN (docs/skdn.md): for one posyandu or the whole desa, from the monthly records. */
export default async function SkdnPage({ params, searchParams }: Props) {
  const [{ kode }, query] = await Promise.all([params, searchParams]);
  const { viewer, region } = await requireRegionPage(kode, "posyandu");
  const { bulan, posyandu: posyanduId } = parseSkdnParams(query);
  const ym = formatYearMonth(bulan);
  const [posyanduList, report] = await Promise.all([
    listPosyanduByDesa({ viewer, kode: region.kode }),
    getSkdnReport({ viewer, kode: region.kode, ym: bulan, posyanduId }),
  ]);
  if (!report) notFound();
  const base = `/wilayah/${region.kode}/posyandu/skdn`;
  const state = { bulan: ym, posyandu: posyanduId !== undefined ? String(posyanduId) : undefined };
  const chosen = posyanduList.find((p) => p.id === posyanduId);
  const names = new Map(posyanduList.map((p) => [p.id, p.nama]));
  const scopeLabel = chosen ? chosen.nama : t.allPosyandu;

  return (
    <div className="space-y-4">
      <style>{PRINT_CSS}</style>
      <div className="no-print space-y-3">
        <RegionPageHeader
          viewer={viewer}
          region={region}
          section="posyandu"
          title={t.title}
          actions={
            <>
              <LinkButton variant="secondary" href={`/wilayah/${region.kode}/posyandu`}>
                {t.back}
              </LinkButton>
              <LinkButton variant="secondary" href={hrefWith(`${base}/ekspor`, state, {})} prefetch={false}>
                {t.excel}
              </LinkButton>
              <PrintButton label={t.print} variant="primary" />
            </>
          }
        />
        <div className="flex flex-wrap items-end justify-between gap-3">
          <MonthNav baseHref={base} params={state} ym={bulan} max={currentYearMonth()} />
          <form method="get" action={base} className="flex items-end gap-2">
            <input type="hidden" name="bulan" value={ym} />
            <label className="text-sm font-medium">
              {t.posyanduLabel}
              <select
                name="posyandu"
                defaultValue={state.posyandu ?? ""}
                className="mt-1 block min-h-11 rounded-md border border-slate-400 bg-white px-2"
              >
                <option value="">{t.allPosyandu}</option>
                {posyanduList.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.aktif ? p.nama : t.inactive(p.nama)}
                  </option>
                ))}
              </select>
            </label>
            <button className={buttonClass("secondary")} type="submit">
              {t.show}
            </button>
          </form>
        </div>
      </div>
      <PrintHeader region={region} title={`${t.heading} — ${scopeLabel}`} period={formatMonth(ym)} />
      <article
        className="mx-auto max-w-[210mm] space-y-5 rounded-lg bg-white p-4 shadow-sm sm:p-8 print:max-w-none print:rounded-none print:p-0 print:shadow-none"
        aria-label={t.ariaLabel}
        data-testid="laporan-skdn"
      >
        <header className="space-y-1 text-center print:hidden">
          <p className="text-base font-bold uppercase">{t.heading}</p>
          <p className="font-semibold">
            {t.month(formatMonth(ym))} · {t.scope}: {scopeLabel}
          </p>
        </header>
        {posyanduList.length === 0 ? (
          <EmptyState title={t.empty} />
        ) : (
          <>
            <section className="break-inside-avoid space-y-2">
              <h2 className="font-semibold">{t.summary}</h2>
              <SkdnSummary table={report.total} />
            </section>
            {posyanduId === undefined
              ? SKDN_GROUPS.map((g) => (
                  <section key={g} className="break-inside-avoid space-y-2">
                    <h2 className="font-semibold">{t.perPosyandu(SKDN_GROUP_LABELS[g])}</h2>
                    <SkdnPerPosyandu group={g} rows={report.posyandu} total={report.total} />
                  </section>
                ))
              : null}
            <section className="space-y-2" data-testid="skdn-nama">
              <h2 className="font-semibold">{t.names}</h2>
              <dl className="grid gap-3 sm:grid-cols-2">
                {SKDN_NAME_LINES.map((l) => {
                  const list = namesOf(report.children, l);
                  return (
                    <div key={l} className="break-inside-avoid" data-testid={`skdn-nama-${l}`}>
                      <dt className="text-sm font-semibold">
                        {SKDN_NAME_LINE_LABELS[l]} {t.namesCaption(formatInteger(list.length))}
                      </dt>
                      <dd className="text-sm">
                        {list.length ? (
                          <ul className="list-disc pl-5">
                            {list.map((c) => (
                              <li key={c.id}>
                                <Link
                                  className="text-brand-800 underline underline-offset-2 print:no-underline"
                                  href={`/wilayah/${region.kode}/sasaran/${c.id}`}
                                >
                                  {c.nama}
                                </Link>{" "}
                                <span className="text-slate-600">
                                  ({SKDN_GROUP_LABELS[c.kelompok]}
                                  {posyanduId === undefined ? `, ${names.get(c.posyanduId) ?? ""}` : ""})
                                </span>
                              </li>
                            ))}
                          </ul>
                        ) : (
                          <p className="text-slate-600">{t.namesEmpty}</p>
                        )}
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </section>
            <section className="space-y-1 text-xs text-slate-700">
              <h2 className="font-semibold">{t.definitions}</h2>
              <p>{t.definitionsNote}</p>
            </section>
          </>
        )}
      </article>
    </div>
  );
}

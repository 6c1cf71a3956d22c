import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRegionPage } from "@/lib/auth/guard";
import { RegionPageHeader } from "../../_components/region-page-header";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { canWriteApbdes } from "@/lib/apbdes/access";
import { IMPORT_COLUMNS, IMPORT_LIMITS, MAX_IMPORT_ROWS } from "@/lib/apbdes/import-columns";
import { parseApbdesParams } from "@/lib/apbdes/params";
import { formatInteger } from "@/lib/format";
import { listApbdesVersions } from "@/db/queries/apbdes";
import { todayIso } from "@/lib/periods";
import { ImportForm } from "./import-form";
import { VERSI_LABELS, apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.importPage;

export const metadata: Metadata = { title: t.metaTitle };

const n = formatInteger;
const LIMIT_TEXT = {
  mb: n(IMPORT_LIMITS.bytes / 1_000_000),
  rows: n(IMPORT_LIMITS.rows),
  columns: n(IMPORT_LIMITS.columns),
  lineChars: n(IMPORT_LIMITS.lineChars),
  sheetRows: n(IMPORT_LIMITS.sheetRows),
  unpackedMb: n(IMPORT_LIMITS.unpackedBytes / 1_000_000),
  cells: n(IMPORT_LIMITS.cells),
  seconds: n(IMPORT_LIMITS.timeMs / 1000),
};

type Props = {
  params: Promise<{ kode: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ImportPage({ params, searchParams }: Props) {
  const [{ kode }, query] = await Promise.all([params, searchParams]);
  const { viewer, region } = await requireRegionPage(kode, "apbdes", "write");
  if (!canWriteApbdes(viewer, region.kode)) notFound();
  const sp = parseApbdesParams(query, Number(todayIso().slice(0, 4)));
  const { tahun } = sp;
  const versions = await listApbdesVersions({ viewer, kode: region.kode, tahun });
  const target = versions.find((v) => v.versi === sp.versi) ?? versions.find((v) => v.status === "draft");
  const base = `/wilayah/${region.kode}/apbdes`;
  return (
    <div className="space-y-4">
      <RegionPageHeader viewer={viewer} region={region} section="apbdes" title={t.title(tahun)} />
      <Link href={`${base}?tahun=${tahun}`} className="text-sm underline underline-offset-2">
        {t.back(tahun)}
      </Link>
      <Card title={t.formatTitle}>
        <p className="text-sm">{t.formatBody(MAX_IMPORT_ROWS)}</p>
        <h3 className="mt-3 text-sm font-semibold">{t.limitsTitle}</h3>
        <ul className="mt-1 list-disc pl-5 text-sm text-slate-700" data-testid="batas-berkas">
          {t.limits(LIMIT_TEXT).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <div className="mt-2 flex flex-wrap gap-2">
          <a href={`${base}/templat?format=xlsx`} download className={buttonClass("secondary")}>
            {t.templateXlsx}
          </a>
          <a href={`${base}/templat?format=csv`} download className={buttonClass("secondary")}>
            {t.templateCsv}
          </a>
        </div>
        <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          {IMPORT_COLUMNS.map((c) => (
            <div key={c.header} className="contents">
              <dt className="font-mono font-semibold">
                {c.header}
                {c.wajib ? " *" : ""}
              </dt>
              <dd className="mb-1 text-slate-700">{c.keterangan}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-sm text-slate-600">{t.requiredNote}</p>
      </Card>
      {target && target.status === "draft" ? (
        <Card title={t.targetTitle(VERSI_LABELS[target.versi].toLowerCase(), tahun)}>
          <ImportForm kode={region.kode} apbdesId={target.id} />
        </Card>
      ) : (
        <Card>
          <p className="text-sm">{t.draftOnly(tahun)}</p>
        </Card>
      )}
    </div>
  );
}

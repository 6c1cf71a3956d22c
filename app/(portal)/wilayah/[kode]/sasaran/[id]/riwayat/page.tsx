import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRegionPage } from "@/lib/auth/guard";
import { pathId } from "@/lib/route-params";
import { getSasaran } from "@/db/queries/sasaran";
import { listSasaranHistory } from "@/db/queries/audit-log";
import { RegionPageHeader } from "../../../_components/region-page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { todayIso } from "@/lib/periods";
import { AuditTable } from "@/app/(portal)/admin/audit/audit-table";
import { toAuditTableRows } from "@/app/(portal)/admin/audit/rows";
import { sasaranText } from "@/lib/i18n/sasaran";

const t = sasaranText.history;

export const metadata: Metadata = { title: t.metaTitle };

/** Who changed this target and its monthly records, and what changed: readable by anyone who may read the
 * target, limited to audit rows inside their own scope, NIKs shown by the same rule as the record. */
export default async function SasaranHistoryPage({ params }: { params: Promise<{ kode: string; id: string }> }) {
  const { kode, id } = await params;
  const { viewer, region } = await requireRegionPage(kode, "sasaran");
  const sasaranId = pathId(id);
  const found = await getSasaran({ viewer, kode: region.kode, id: sasaranId, today: todayIso() });
  if (!found) notFound();
  const rows = await listSasaranHistory({ viewer, sasaranId });
  const base = `/wilayah/${region.kode}/sasaran/${sasaranId}`;
  return (
    <div className="space-y-4">
      <RegionPageHeader viewer={viewer} region={region} section="sasaran" title={t.title(found.sasaran.nama)} />
      <p className="text-sm">
        <Link href={base} className="underline underline-offset-2">
          {t.back}
        </Link>
      </p>
      {rows.length ? (
        <AuditTable rows={toAuditTableRows(viewer, rows)} baseHref={`${base}/riwayat`} params={{}} />
      ) : (
        <EmptyState title={t.empty} />
      )}
    </div>
  );
}

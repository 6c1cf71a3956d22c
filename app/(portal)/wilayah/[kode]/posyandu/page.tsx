import type { Metadata } from "next";
import { requireRegionPage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listPosyanduWithUsage } from "@/db/queries/posyandu";
import { formatInteger } from "@/lib/format";
import { RegionPageHeader } from "../_components/region-page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PosyanduCreateForm } from "./posyandu-create-form";
import { PosyanduEditForm } from "./posyandu-edit-form";
import { PosyanduStatusForm } from "./posyandu-status-form";
import { posyanduText } from "@/lib/i18n/posyandu";
import { skdnText } from "@/lib/i18n/skdn";
import { LinkButton } from "@/components/ui/button";

const t = posyanduText.page;

export const metadata: Metadata = { title: t.metaTitle };

export default async function PosyanduPage({ params }: { params: Promise<{ kode: string }> }) {
  const { kode } = await params;
  const { viewer, region } = await requireRegionPage(kode, "posyandu");
  const canWrite = can(viewer.role, "posyandu:write");
  const items = await listPosyanduWithUsage({ viewer, kode: region.kode });

  return (
    <div className="space-y-4">
      <RegionPageHeader
        viewer={viewer}
        region={region}
        section="posyandu"
        title={t.title}
        actions={
          <LinkButton variant="secondary" href={`/wilayah/${region.kode}/posyandu/skdn`} data-testid="link-skdn">
            {skdnText.link}
          </LinkButton>
        }
      />
      <section aria-labelledby="daftar-posyandu" className="space-y-2">
        <h2 id="daftar-posyandu" className="text-lg font-semibold">
          {t.listHeading(formatInteger(items.length))}
        </h2>
        {items.length ? (
          <ul className="grid gap-3 md:grid-cols-2" data-testid="posyandu-list">
            {items.map((p) => (
              <li
                key={p.id}
                data-testid="posyandu-item"
                className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <p className="font-semibold">{p.nama}</p>
                    <p className="text-sm text-slate-600">{p.alamat || t.noAddress}</p>
                  </div>
                  <Badge tone={p.aktif ? "good" : "neutral"}>{p.aktif ? t.aktif : t.nonaktif}</Badge>
                </div>
                <p className="text-sm">
                  <span className="font-medium">{formatInteger(p.jumlahSasaran)}</span>
                  {t.activeTargets}
                </p>
                {canWrite ? (
                  <div className="flex flex-wrap items-start gap-2">
                    <PosyanduEditForm kode={region.kode} item={p} />
                    <PosyanduStatusForm kode={region.kode} id={p.id} nama={p.nama} aktif={p.aktif} />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t.empty}>{canWrite ? t.emptyHint : null}</EmptyState>
        )}
        {canWrite ? <p className="text-sm text-slate-600">{t.noDelete}</p> : null}
      </section>
      {canWrite ? (
        <Card title={t.add}>
          <PosyanduCreateForm kode={region.kode} />
        </Card>
      ) : null}
    </div>
  );
}

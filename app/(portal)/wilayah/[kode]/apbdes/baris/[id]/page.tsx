import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRegionPage } from "@/lib/auth/guard";
import { pathId } from "@/lib/route-params";
import { RegionPageHeader } from "../../../_components/region-page-header";
import { Card } from "@/components/ui/card";
import { canWriteApbdes } from "@/lib/apbdes/access";
import { lineToValues } from "@/lib/apbdes/line-values";
import { getApbdesLine } from "@/db/queries/apbdes";
import { listSumberDanaOptions } from "@/db/queries/apbdes-reference";
import { deleteLineAction } from "../../actions";
import { DeleteLineForm } from "../../action-forms";
import { CodeLists } from "../../code-lists";
import { LineForm } from "../../line-form";
import { STATUS_LABELS, VERSI_LABELS, apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.editLine;

export const metadata: Metadata = { title: t.metaTitle };

export default async function EditLinePage({ params }: { params: Promise<{ kode: string; id: string }> }) {
  const { kode, id } = await params;
  const { viewer, region } = await requireRegionPage(kode, "apbdes", "write");
  const row = await getApbdesLine({ viewer, kode: region.kode, id: pathId(id) });
  if (!row) notFound();
  const { line, header } = row;
  const back = `/wilayah/${region.kode}/apbdes?tahun=${header.tahun}&versi=${header.versi}`;
  const editable = header.status === "draft" && canWriteApbdes(viewer, region.kode);
  const sumberDana = await listSumberDanaOptions();
  return (
    <div className="space-y-4">
      <RegionPageHeader viewer={viewer} region={region} section="apbdes" title={t.title} />
      <p className="text-sm">
        {t.versionLine(VERSI_LABELS[header.versi].toLowerCase(), header.tahun, STATUS_LABELS[header.status])}{" "}
        <Link href={back} className="underline underline-offset-2">
          {t.back}
        </Link>
      </p>
      {editable ? (
        <>
          <Card>
            <CodeLists />
            <LineForm
              kode={region.kode}
              defaults={{ ...lineToValues(line), id: String(line.id), version: String(line.version) }}
              sumberDana={sumberDana.map((s) => ({ value: s.kode, label: `${s.kode} — ${s.nama}` }))}
              submitLabel={t.save}
            />
          </Card>
          <Card title={t.deleteTitle}>
            <DeleteLineForm
              action={deleteLineAction}
              fields={{ kode: region.kode, id: line.id, version: line.version }}
              label={line.uraian}
            />
          </Card>
        </>
      ) : (
        <Card>
          <p className="text-sm" data-testid="baris-terkunci">
            {t.readOnly(STATUS_LABELS[header.status].toLowerCase())}
          </p>
        </Card>
      )}
    </div>
  );
}

import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { canApproveApbdes, canWriteApbdes, seesApprovedOnly } from "@/lib/apbdes/access";
import type { VersiApbdes } from "@/lib/enums";
import { listApbdesLines, listApbdesVersions } from "@/db/queries/apbdes";
import { listSumberDanaOptions } from "@/db/queries/apbdes-reference";
import type { Viewer } from "@/lib/auth/viewer";
import { createApbdesAction } from "./actions";
import { ActionButtonForm } from "./action-forms";
import { CodeLists } from "./code-lists";
import { LineForm } from "./line-form";
import { LinesTable } from "./lines-table";
import { PerubahanDiff } from "./perubahan-diff";
import { SavedLineMessage } from "./saved-line-message";
import { diffApbdes } from "@/lib/apbdes/diff";
import { StatusPanel } from "./status-panel";
import { TotalsSection } from "./totals-section";
import { STATUS_LABELS, VERSI_LABELS, apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.desa;

/** Confirmations shown beside the lines (with the saved line highlighted) rather than at the top of the page. */
export const LINE_FLASH = { ditambahkan: apbdesText.savedLine.added, diubah: apbdesText.savedLine.updated };
export const isLineFlash = (pesan: string | undefined): pesan is keyof typeof LINE_FLASH =>
  !!pesan && Object.hasOwn(LINE_FLASH, pesan);

/** A desa's APBDes for one year: version tabs, what a perubahan changed, status and workflow, totals, lines and
 * (in a draft) the line form. `pesan` + `baris`: a line was just saved (confirmation beside the list, line marked). */
export async function DesaApbdes({
  viewer,
  kode,
  tahun,
  versi,
  pesan,
  baris,
}: {
  viewer: Viewer;
  kode: string;
  tahun: number;
  versi?: VersiApbdes;
  pesan?: string;
  baris?: number;
}) {
  const versions = await listApbdesVersions({ viewer, kode, tahun });
  const canWrite = canWriteApbdes(viewer, kode);
  const base = `/wilayah/${kode}/apbdes`;
  const selected =
    versions.find((v) => v.versi === versi) ?? versions.find((v) => v.versi === "perubahan") ?? versions[0];
  if (!selected) {
    return (
      <EmptyState title={t.emptyTitle(tahun)}>
        {canWrite ? (
          <div className="mt-3 flex justify-center">
            <ActionButtonForm
              action={createApbdesAction}
              fields={{ kode, tahun, versi: "murni" }}
              label={t.createMurni(tahun)}
              testId="form-buat-apbdes"
            />
          </div>
        ) : seesApprovedOnly(viewer) ? (
          <p>{t.approvedOnly}</p>
        ) : null}
      </EmptyState>
    );
  }
  const murniId = selected.versi === "perubahan" ? selected.murniId : null;
  const [lines, sumberDana, murniLines] = await Promise.all([
    listApbdesLines({ viewer, kode, apbdesId: selected.id }),
    canWrite ? listSumberDanaOptions() : Promise.resolve([]),
    murniId ? listApbdesLines({ viewer, kode, apbdesId: murniId }) : Promise.resolve(null),
  ]);
  const saved = isLineFlash(pesan) ? lines.find((l) => l.id === baris) : undefined;
  const savedMessage = isLineFlash(pesan)
    ? saved
      ? LINE_FLASH[pesan](saved.uraian)
      : apbdesText.page.flash[pesan]
    : undefined;
  const editable = selected.status === "draft" && canWrite;
  const q = `tahun=${tahun}&versi=${selected.versi}`;
  return (
    <div className="space-y-4">
      {versions.length > 1 ? (
        <nav aria-label={t.versiNav} className="no-print flex gap-2">
          {versions.map((v) => (
            <Link
              key={v.id}
              href={`${base}?tahun=${tahun}&versi=${v.versi}`}
              aria-current={v.id === selected.id ? "page" : undefined}
              className={buttonClass(v.id === selected.id ? "primary" : "secondary")}
            >
              {VERSI_LABELS[v.versi]} · {STATUS_LABELS[v.status]}
            </Link>
          ))}
        </nav>
      ) : null}
      {murniLines ? <PerubahanDiff diff={diffApbdes(murniLines, lines)} /> : null}
      <StatusPanel
        kode={kode}
        tahun={tahun}
        version={selected}
        hasPerubahan={versions.some((v) => v.versi === "perubahan")}
        canWrite={canWrite}
        canApprove={canApproveApbdes(viewer, kode)}
      />
      <div className="no-print flex flex-wrap gap-2">
        <a href={`${base}/ekspor?${q}`} download className={buttonClass("secondary")}>
          {t.downloadExcel}
        </a>
        {editable ? (
          <Link href={`${base}/impor?${q}`} className={buttonClass("secondary")}>
            {t.importFile}
          </Link>
        ) : null}
      </div>
      <TotalsSection lines={lines} />
      <section aria-labelledby="baris-anggaran" className="space-y-2">
        <h2 id="baris-anggaran" className="text-lg font-semibold">
          {t.linesHeading}
        </h2>
        <LinesTable kode={kode} lines={lines} editable={editable} highlightId={saved?.id} />
        <SavedLineMessage message={savedMessage} lineId={saved?.id} showLabel={apbdesText.savedLine.show} />
      </section>
      {editable ? (
        <Card title={t.addLineTitle} className="no-print">
          <CodeLists />
          {/* A new form after each save: the last attempt's errors and values go with it. */}
          <LineForm
            key={saved?.id ?? "baru"}
            kode={kode}
            apbdesId={selected.id}
            defaults={{}}
            sumberDana={sumberDana.map((s) => ({ value: s.kode, label: `${s.kode} — ${s.nama}` }))}
            submitLabel={t.saveLine}
          />
        </Card>
      ) : null}
    </div>
  );
}

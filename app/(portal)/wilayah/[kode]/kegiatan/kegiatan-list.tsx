import { LinkButton } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate, formatInteger } from "@/lib/format";
import type { KegiatanRow } from "@/db/queries/kegiatan";
import { KegiatanDeleteForm } from "./kegiatan-delete-form";
import { JENIS_KEGIATAN_LABELS, kegiatanText } from "@/lib/i18n/kegiatan";

const t = kegiatanText.list;

/** The month's activities as cards (they read better than a wide table on a 360 px phone). */
export function KegiatanList({ kode, rows, canWrite }: { kode: string; rows: KegiatanRow[]; canWrite: boolean }) {
  if (!rows.length) {
    return <EmptyState title={t.emptyTitle}>{canWrite ? t.emptyWriter : null}</EmptyState>;
  }
  return (
    <ul className="space-y-3" data-testid="kegiatan-list">
      {rows.map((k) => {
        const label = `${JENIS_KEGIATAN_LABELS[k.jenis]} ${formatDate(k.tanggal)}`;
        return (
          <li
            key={k.id}
            data-testid="kegiatan-item"
            className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="font-semibold">{formatDate(k.tanggal)}</p>
              <Badge tone="info">{JENIS_KEGIATAN_LABELS[k.jenis]}</Badge>
            </div>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-slate-600">{t.tempat}</dt>
              <dd>{k.tempat}</dd>
              <dt className="text-slate-600">{t.peserta}</dt>
              <dd>{t.pesertaCount(formatInteger(k.jumlahPeserta))}</dd>
              {k.sasaran.length ? (
                <>
                  <dt className="text-slate-600">{t.dikunjungi}</dt>
                  <dd>{k.sasaran.map((s) => s.nama).join(", ")}</dd>
                </>
              ) : null}
              {k.catatan ? (
                <>
                  <dt className="text-slate-600">{t.catatan}</dt>
                  <dd className="whitespace-pre-line">{k.catatan}</dd>
                </>
              ) : null}
              <dt className="text-slate-600">{t.dicatatOleh}</dt>
              <dd>{k.kpmNama ?? "–"}</dd>
            </dl>
            {canWrite ? (
              <div className="flex flex-wrap items-start gap-2">
                <LinkButton
                  variant="secondary"
                  href={`/wilayah/${kode}/kegiatan/${k.id}`}
                  aria-label={t.editAria(label)}
                >
                  {t.edit}
                </LinkButton>
                <KegiatanDeleteForm kode={kode} id={k.id} label={label} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import { isInScope } from "@/lib/auth/scope";
import type { PelatihanRow } from "@/db/queries/pelatihan";
import { PelatihanDeleteForm } from "./pelatihan-delete-form";
import { JENIS_PELATIHAN_LABELS, kpmText } from "@/lib/i18n/kpm";

const t = kpmText.list;

/** Training and coaching events, newest first, with the region's KPM who attended. */
export function PelatihanList({ events, kode, canWrite }: { events: PelatihanRow[]; kode: string; canWrite: boolean }) {
  if (!events.length) return <EmptyState title={t.emptyTitle}>{canWrite ? t.emptyWriter : t.emptyReader}</EmptyState>;
  return (
    <ul className="space-y-3" data-testid="daftar-pelatihan">
      {events.map((ev) => {
        const lain = ev.jumlahPeserta - ev.peserta.length;
        const label = t.itemLabel(JENIS_PELATIHAN_LABELS[ev.jenis].toLowerCase(), ev.topik);
        return (
          <li key={ev.id} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="pelatihan-item">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <p className="font-semibold">{ev.topik}</p>
                <p className="text-sm text-slate-700">
                  <Badge tone="info">{JENIS_PELATIHAN_LABELS[ev.jenis]}</Badge> {formatDate(ev.tanggal)} · {ev.tempat} ·{" "}
                  {ev.penyelenggara}
                </p>
                {ev.kodeWilayah !== kode ? (
                  <p className="text-xs text-slate-600">{t.organisedFor(ev.wilayahNama)}</p>
                ) : null}
              </div>
              {canWrite && isInScope(kode, ev.kodeWilayah) ? (
                <PelatihanDeleteForm kode={kode} id={ev.id} label={label} />
              ) : null}
            </div>
            <p className="mt-2 text-sm">
              <span className="font-medium">{t.hadir(ev.jumlahPeserta)}</span>{" "}
              {ev.peserta.map((p) => `${p.nama} (${p.desaNama})`).join(", ") || "–"}
              {lain > 0 && ev.peserta.length ? t.others(lain) : ""}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

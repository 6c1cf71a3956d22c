import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { formatDate } from "@/lib/format";
import { isInScope } from "@/lib/auth/scope";
import type { PelatihanRow } from "@/db/queries/pelatihan";
import { PelatihanDeleteForm } from "./pelatihan-delete-form";
import { JENIS_PELATIHAN_LABELS, kpmText } from "@/lib/i18n/kpm";

const t = kpmText.list;

/** One event: kind, date, place, organiser, and the region's attendees (accounts, then those without one). */
function PelatihanItem({ ev, kode, canWrite }: { ev: PelatihanRow; kode: string; canWrite: boolean }) {
  const lain = ev.jumlahPeserta - ev.peserta.length + (ev.jumlahTamu - ev.tamu.length);
  const label = t.itemLabel(JENIS_PELATIHAN_LABELS[ev.jenis].toLowerCase(), ev.topik);
  const names = [
    ...ev.peserta.map((p) => `${p.nama} (${p.desaNama})`),
    ...ev.tamu.map((p) => t.tanpaAkun(p.nama, p.desaNama)),
  ];
  const own = canWrite && isInScope(kode, ev.kodeWilayah);
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3" data-testid="pelatihan-item">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="font-semibold">{ev.topik}</p>
          <p className="text-sm text-slate-700">
            <Badge tone="info">{JENIS_PELATIHAN_LABELS[ev.jenis]}</Badge> {formatDate(ev.tanggal)} · {ev.tempat} ·{" "}
            {ev.penyelenggara}
          </p>
          {ev.kodeWilayah !== kode ? <p className="text-xs text-slate-600">{t.organisedFor(ev.wilayahNama)}</p> : null}
        </div>
        {own ? (
          <div className="flex flex-wrap gap-2">
            <LinkButton
              variant="secondary"
              href={`/wilayah/${kode}/kpm/pelatihan/${ev.id}`}
              aria-label={t.editLabel(label)}
            >
              {t.edit}
            </LinkButton>
            <PelatihanDeleteForm kode={kode} id={ev.id} label={label} />
          </div>
        ) : null}
      </div>
      <p className="mt-2 text-sm">
        <span className="font-medium">{t.hadir(ev.jumlahPeserta + ev.jumlahTamu)}</span> {names.join(", ") || "–"}
        {lain > 0 && names.length ? t.others(lain) : ""}
      </p>
    </li>
  );
}

/** Training and coaching events: planned ones (dated after today) under "Rencana pelatihan", soonest first; then
 * those held, newest first. */
export function PelatihanList({
  events,
  kode,
  canWrite,
  today,
}: {
  events: PelatihanRow[];
  kode: string;
  canWrite: boolean;
  today: string;
}) {
  const planned = events.filter((e) => e.tanggal > today).reverse();
  const held = events.filter((e) => e.tanggal <= today);
  return (
    <div className="space-y-4">
      <section aria-labelledby="rencana-pelatihan" className="space-y-2" data-testid="rencana-pelatihan">
        <h3 id="rencana-pelatihan" className="text-lg font-semibold">
          {t.plannedHeading(planned.length)}
        </h3>
        {planned.length ? (
          <ul className="space-y-3">
            {planned.map((ev) => (
              <PelatihanItem key={ev.id} ev={ev} kode={kode} canWrite={canWrite} />
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t.plannedEmpty}</p>
        )}
      </section>
      <section aria-labelledby="pelatihan-terlaksana" className="space-y-2">
        <h3 id="pelatihan-terlaksana" className="text-lg font-semibold">
          {t.heldHeading(held.length)}
        </h3>
        {held.length ? (
          <ul className="space-y-3" data-testid="daftar-pelatihan">
            {held.map((ev) => (
              <PelatihanItem key={ev.id} ev={ev} kode={kode} canWrite={canWrite} />
            ))}
          </ul>
        ) : (
          <EmptyState title={t.emptyTitle}>{canWrite ? t.emptyWriter : t.emptyReader}</EmptyState>
        )}
      </section>
    </div>
  );
}

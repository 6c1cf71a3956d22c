"use client";

import { offlineText } from "@/lib/i18n/offline";
import { formatMonth } from "@/lib/format";
import { dueForMonth, itemsByMonth, monthState, ymString } from "@/lib/offline/desa-view";
import type { LocalDesa } from "@/lib/offline/local-data";
import type { OutboxItem } from "@/lib/offline/outbox";
import { ShellLink } from "./shell-nav";
import { offlineMonths } from "./month-list-view";

const t = offlineText.home;

/** The desa home without a connection: "Tugas bulan ini" as the phone knows it — every target due this month
 * without a record, on the server or on the phone. */
export function HomeView({ desa, outbox }: { desa: LocalDesa; outbox: OutboxItem[] }) {
  const [ym] = offlineMonths();
  const due = dueForMonth(desa, ym);
  const items = itemsByMonth(outbox);
  const bulan = ymString(ym);
  const open = (
    [
      ["ibu", due.ibu],
      ["anak", due.anak],
      ["paud", due.paud],
    ] as const
  ).flatMap(([g, rows]) => rows.filter((s) => monthState(desa, items, g, s.id, ym) === null));
  const base = `/wilayah/${desa.desa.kode}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{desa.desa.nama}</h1>
      <section aria-labelledby="tugas" className="space-y-3" data-testid="tugas-bulan-ini">
        <h2 id="tugas" className="text-xl font-bold">
          {t.tasks} <span className="text-base font-normal text-slate-600">({formatMonth(bulan)})</span>
        </h2>
        {open.length === 0 ? (
          <p className="rounded-md bg-brand-50 p-3 text-brand-800">{t.allDone}</p>
        ) : (
          <details open className="rounded-lg border border-slate-200 bg-white" data-testid="tugas-belum-dicatat">
            <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 px-3 py-2 font-semibold">
              <span>{t.belumDicatat}</span>
              <span className="rounded-full bg-warn-50 px-2 text-sm text-warn-800">{open.length}</span>
            </summary>
            <ul className="divide-y divide-slate-100 border-t border-slate-100">
              {open.map((s) => (
                <li key={s.id}>
                  <ShellLink
                    href={`${base}/pemantauan/${s.id}?bulan=${bulan}`}
                    className="flex min-h-11 items-center justify-between gap-2 px-3 py-2 hover:bg-slate-50"
                  >
                    <span className="font-medium">{s.nama}</span>
                    <span className="text-xs text-slate-600">{t.openForm}</span>
                  </ShellLink>
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
      <ShellLink href={`${base}/sasaran/baru`} className="inline-flex min-h-11 items-center underline">
        {t.registerIbu}
      </ShellLink>
    </div>
  );
}

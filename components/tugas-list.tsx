import type { ComponentType, ReactNode } from "react";
import { formatMonth } from "@/lib/format";
import { pemantauanText } from "@/lib/i18n/pemantauan";
import type { TugasGroup } from "@/lib/pemantauan/tugas-groups";

const t = pemantauanText.tugas;

type LinkLike = ComponentType<{ href: string; className?: string; children: ReactNode }>;

/** "Tugas bulan ini" as the cadre reads it: each group of targets with what to do, each linking to the form that
 * resolves it. Props only: the desa home renders it from the server's query, the offline shell from the list the
 * phone downloaded (with its own link, which stays inside the shell). */
export function TugasList({ groups, bulan, LinkAs }: { groups: TugasGroup[]; bulan: string; LinkAs: LinkLike }) {
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  const shown = groups.filter((g) => g.items.length);
  // The largest group opens first (the first of equals); the others show their count and open on a tap.
  const largest = shown.reduce<TugasGroup | undefined>(
    (a, g) => (!a || g.items.length > a.items.length ? g : a),
    undefined,
  );
  return (
    <section aria-labelledby="tugas" className="space-y-3" data-testid="tugas-bulan-ini">
      <h2 id="tugas" className="text-xl font-bold">
        {t.heading} <span className="text-base font-normal text-slate-600">({formatMonth(bulan)})</span>
      </h2>
      {total === 0 ? <p className="rounded-md bg-brand-50 p-3 text-brand-800">{t.allDone}</p> : null}
      <div className="grid gap-3 md:grid-cols-2">
        {shown.map((g) => (
          <details
            key={g.key}
            open={g === largest}
            className="group rounded-lg border border-slate-200 bg-white"
            data-testid={`tugas-${g.key}`}
          >
            <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-3 py-2 font-semibold [&::-webkit-details-marker]:hidden">
              <span aria-hidden="true" className="text-slate-600 transition-transform group-open:rotate-90">
                ▸
              </span>
              <span className="flex-1">{g.title}</span>
              <span className="rounded-full bg-warn-50 px-2 text-sm text-warn-800" data-testid="tugas-jumlah">
                {g.items.length}
              </span>
            </summary>
            <ul className="divide-y divide-slate-100 border-t border-slate-100">
              {g.items.map((i) => (
                <li key={`${g.key}-${i.id}`}>
                  <LinkAs
                    href={g.href(i.id)}
                    className="flex min-h-11 items-center justify-between gap-2 px-3 py-2 hover:bg-slate-50"
                  >
                    <span className="font-medium">{i.nama}</span>
                    <span className="text-right text-xs text-slate-600">{g.detail?.(i) ?? t.openForm}</span>
                  </LinkAs>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </div>
    </section>
  );
}

"use client";

import { offlineText } from "@/lib/i18n/offline";
import { dueForMonth, itemsByMonth, monthState, ymString } from "@/lib/offline/desa-view";
import type { LocalDesa } from "@/lib/offline/local-data";
import type { OutboxItem } from "@/lib/offline/outbox";
import { RESOLVED_BY_A_SAVE, tugasGroups, type Tugas } from "@/lib/pemantauan/tugas-groups";
import { TugasList } from "@/components/tugas-list";
import { ShellLink } from "./shell-nav";
import { offlineMonths } from "./month-list-view";

const t = offlineText.home;

/** The desa home without a connection: "Tugas bulan ini" as of the last contact, updated as the cadre records — a
 * target with a record saved on the phone this month leaves the groups its form resolves. Without a downloaded list
 * for this month (a new month began offline), the targets due without a record, as the phone computes them. */
export function HomeView({ desa, outbox }: { desa: LocalDesa; outbox: OutboxItem[] }) {
  const [ym] = offlineMonths();
  const bulan = ymString(ym);
  const items = itemsByMonth(outbox);
  const savedHere = (id: number) => {
    const item = items.get(`${id}|${bulan}`);
    return Boolean(item && item.state !== "refused");
  };
  const due = dueForMonth(desa, ym);
  const computed: Tugas = {
    belumDicatat: (["ibu", "anak", "paud"] as const).flatMap((g) =>
      due[g].filter((s) => monthState(desa, items, g, s.id, ym) === null).map(({ id, nama }) => ({ id, nama })),
    ),
    belumDitimbang: [],
    duaT: [],
    kunjunganRumah: [],
    lewatHpl: [],
    segeraLulus: [],
    bblr: [],
  };
  const tugas = desa.tugas && desa.tugas.bulan === bulan ? desa.tugas : computed;
  const groups = tugasGroups(tugas, desa.desa.kode, bulan).map((g) =>
    RESOLVED_BY_A_SAVE.has(g.key) ? { ...g, items: g.items.filter((i) => !savedHere(i.id)) } : g,
  );
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{desa.desa.nama}</h1>
      <TugasList groups={groups} bulan={bulan} LinkAs={ShellLink} />
      <ShellLink
        href={`/wilayah/${desa.desa.kode}/sasaran/baru`}
        className="inline-flex min-h-11 items-center underline"
      >
        {t.registerIbu}
      </ShellLink>
    </div>
  );
}

"use client";

import { offlineText } from "@/lib/i18n/offline";
import { pemantauanText } from "@/lib/i18n/pemantauan";
import { balitaText } from "@/lib/i18n/balita";
import { formatMonth } from "@/lib/format";
import { addMonths, currentYearMonth, monthIndex, type YearMonth } from "@/lib/periods";
import {
  dueForMonth,
  itemsByMonth,
  monthState,
  ymString,
  type MonthGroup,
  type MonthState,
} from "@/lib/offline/desa-view";
import type { LocalDesa } from "@/lib/offline/local-data";
import type { OutboxItem } from "@/lib/offline/outbox";
import type { OfflineTarget } from "@/lib/offline/protocol";
import { itemMeasurement } from "@/lib/offline/measurement-preview";
import { MeasurementSummary } from "@/components/measurement-summary";
import { ShellLink, useShellNav } from "./shell-nav";

const t = offlineText.month;
const m = pemantauanText.month;

/** The months a cadre can fill without a connection: this one and the one before. */
export function offlineMonths(now = new Date()): [YearMonth, YearMonth] {
  const current = currentYearMonth(now);
  return [current, addMonths(current, -1)];
}

export function StateBadge({ state }: { state: MonthState }) {
  const [text, cls] =
    state === "recorded"
      ? [t.recorded, "bg-brand-50 text-brand-800"]
      : state === "device"
        ? [t.onDevice, "bg-warn-50 text-warn-800"]
        : state === "refused"
          ? [t.refused, "bg-danger-50 text-danger-700"]
          : state === "conflict"
            ? [t.conflict, "bg-danger-50 text-danger-700"]
            : [t.notFilled, "bg-slate-100 text-slate-700"];
  return (
    <span
      className={`rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${cls}`}
      data-state={state ?? "none"}
    >
      {text}
    </span>
  );
}

function Group({
  title,
  group,
  rows,
  desa,
  items,
  ym,
}: {
  title: string;
  group: MonthGroup;
  rows: OfflineTarget[];
  desa: LocalDesa;
  items: Map<string, OutboxItem>;
  ym: YearMonth;
}) {
  if (!rows.length) return null;
  const bulan = ymString(ym);
  return (
    <section className="space-y-1" data-testid={`daftar-${group}`}>
      <h2 className="text-lg font-semibold">{title}</h2>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {rows.map((s) => (
          <li key={s.id} data-testid={`baris-${s.id}`}>
            <ShellLink
              href={`/wilayah/${desa.desa.kode}/pemantauan/${s.id}?bulan=${bulan}`}
              className="flex min-h-11 items-center justify-between gap-2 px-3 py-2 hover:bg-slate-50"
            >
              <span className="font-medium">{s.nama}</span>
              <StateBadge state={monthState(desa, items, group, s.id, ym)} />
            </ShellLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function MonthListView({ desa, outbox, ym }: { desa: LocalDesa; outbox: OutboxItem[]; ym: YearMonth | null }) {
  const [current, previous] = offlineMonths();
  const month = ym ?? current;
  const allowed = [current, previous].some((x) => monthIndex(x) === monthIndex(month));
  const due = dueForMonth(desa, month);
  const items = itemsByMonth(outbox);
  const base = `/wilayah/${desa.desa.kode}/pemantauan`;
  const { url } = useShellNav();
  const savedId = url.searchParams.get("tersimpan");
  const saved = savedId ? items.get(`${savedId}|${ymString(month)}`) : undefined;
  const measured = saved ? itemMeasurement(saved) : null;
  return (
    <div className="space-y-4" data-testid="offline-pemantauan">
      <h1 className="text-2xl font-bold">{t.title(formatMonth(ymString(month)))}</h1>
      {saved ? (
        <div className="space-y-2" data-testid="tersimpan-di-perangkat">
          <p className="rounded-md border border-brand-600 bg-brand-50 px-3 py-2 text-sm font-medium text-brand-800">
            ✓ {offlineText.saved.onDevice}: {saved.label}. {offlineText.saved.onDeviceDetail}
          </p>
          {measured ? <MeasurementSummary ukur={measured} /> : null}
        </div>
      ) : null}
      <p className="flex gap-3 text-sm">
        <ShellLink href={`${base}?bulan=${ymString(previous)}`} className="underline">
          {t.previous}
        </ShellLink>
        <ShellLink href={`${base}?bulan=${ymString(current)}`} className="underline">
          {t.current}
        </ShellLink>
      </p>
      {allowed ? (
        <>
          <Group title={m.ibuTitle} group="ibu" rows={due.ibu} desa={desa} items={items} ym={month} />
          <Group title={m.anakTitle} group="anak" rows={due.anak} desa={desa} items={items} ym={month} />
          <Group title={balitaText.list.title} group="balita" rows={due.balita} desa={desa} items={items} ym={month} />
          <Group title={m.paudTitle} group="paud" rows={due.paud} desa={desa} items={items} ym={month} />
        </>
      ) : (
        <p className="rounded-md bg-slate-100 p-3 text-sm">{t.onlyTwo}</p>
      )}
    </div>
  );
}

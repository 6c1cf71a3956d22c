"use client";

import { useEffect, useState } from "react";
import { offlineText } from "@/lib/i18n/offline";
import { KATEGORI_LABELS } from "@/lib/i18n/sasaran";
import { formatDate, formatMonth } from "@/lib/format";
import { kategoriOf } from "@/lib/sasaran/kategori";
import { addMonths, currentYearMonth, todayIso } from "@/lib/periods";
import { loadClientGrowthTables } from "@/lib/growth/client-tables";
import type { GrowthTables } from "@/lib/growth/lms";
import { entryGroup, itemsByMonth, monthState, ymString } from "@/lib/offline/desa-view";
import { childMeasurements } from "@/lib/offline/measurement-preview";
import type { LocalDesa } from "@/lib/offline/local-data";
import type { OutboxItem } from "@/lib/offline/outbox";
import { GrowthSection } from "@/app/(portal)/wilayah/[kode]/sasaran/[id]/growth-section";
import { ShellLink } from "./shell-nav";
import { StateBadge } from "./month-list-view";

const t = offlineText.sasaran;

export function SasaranListView({ desa, outbox, q }: { desa: LocalDesa; outbox: OutboxItem[]; q: string }) {
  const [query, setQuery] = useState(q);
  const today = todayIso();
  const needle = query.trim().toLocaleLowerCase("id");
  const rows = Object.values(desa.sasaran)
    .filter((s) => !needle || s.nama.toLocaleLowerCase("id").includes(needle))
    .sort((a, b) => a.nama.localeCompare(b.nama, "id"));
  const fresh = outbox.filter((i) => i.kind === "ibu_hamil_baru" || i.kind === "bayi_baru");
  return (
    <div className="space-y-3" data-testid="offline-sasaran">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <label className="block max-w-sm text-sm font-medium">
        {t.search}
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 px-3"
        />
      </label>
      {fresh.length ? (
        <ul className="divide-y divide-slate-100 rounded-lg border border-warn-800 bg-warn-50">
          {fresh.map((i) => (
            <li key={i.clientId} className="flex min-h-11 items-center justify-between gap-2 px-3 py-2">
              <span>{i.label}</span>
              <span className="text-xs">{t.pendingNew}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {rows.length ? (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {rows.map((s) => (
            <li key={s.id}>
              <ShellLink
                href={`/wilayah/${desa.desa.kode}/sasaran/${s.id}`}
                className="flex min-h-11 items-center justify-between gap-2 px-3 py-2 hover:bg-slate-50"
              >
                <span className="font-medium">{s.nama}</span>
                <span className="text-right text-xs text-slate-600">
                  {KATEGORI_LABELS[kategoriOf(s, today)]} · {t.born(formatDate(s.tanggalLahir))}
                </span>
              </ShellLink>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.none}</p>
      )}
    </div>
  );
}

function useTables(): GrowthTables | null {
  const [tables, setTables] = useState<GrowthTables | null>(null);
  useEffect(() => {
    loadClientGrowthTables().then(setTables, () => setTables(null));
  }, []);
  return tables;
}

export function SasaranDetailView({ desa, outbox, id }: { desa: LocalDesa; outbox: OutboxItem[]; id: number }) {
  const tables = useTables();
  const s = desa.sasaran[String(id)];
  if (!s) return <p>{t.notFound}</p>;
  const today = todayIso();
  const kategori = kategoriOf(s, today);
  const items = itemsByMonth(outbox);
  const now = currentYearMonth();
  const months = [0, -1, -2, -3, -4, -5].map((d) => addMonths(now, d));
  const base = `/wilayah/${desa.desa.kode}`;
  // 2B and balita weighings alike: the chart runs to 60 months (docs/offline.md).
  const measurements = childMeasurements(desa, s.id);
  return (
    <div className="space-y-4" data-testid="offline-sasaran-detail">
      <h1 className="text-2xl font-bold">{s.nama}</h1>
      <p className="text-sm text-slate-700">
        {KATEGORI_LABELS[kategori]} · {t.born(formatDate(s.tanggalLahir))}
        {s.nikMasked ? t.nik(s.nikMasked) : null}
      </p>
      <section className="space-y-1">
        <h2 className="text-lg font-semibold">{t.recentMonths}</h2>
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {months.map((ym) => (
            <li key={ymString(ym)}>
              <ShellLink
                href={`${base}/pemantauan/${s.id}?bulan=${ymString(ym)}`}
                className="flex min-h-11 items-center justify-between gap-2 px-3 py-2 hover:bg-slate-50"
              >
                <span>{formatMonth(ymString(ym))}</span>
                <StateBadge state={monthState(desa, items, entryGroup(s, ym), s.id, ym)} />
              </ShellLink>
            </li>
          ))}
        </ul>
      </section>
      {s.jenis === "ibu" ? (
        <ShellLink
          href={`${base}/sasaran/baru?jenis=anak&ibu=${s.id}`}
          className="inline-flex min-h-11 items-center underline"
        >
          {t.registerBaby}
        </ShellLink>
      ) : tables && measurements.length ? (
        <GrowthSection sex={s.jenisKelamin} measurements={measurements} tables={tables} />
      ) : null}
    </div>
  );
}

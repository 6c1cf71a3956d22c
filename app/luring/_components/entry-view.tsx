"use client";

import { useEffect } from "react";
import { loadClientGrowthTables } from "@/lib/growth/client-tables";
import { offlineText } from "@/lib/i18n/offline";
import { pemantauanText } from "@/lib/i18n/pemantauan";
import { KATEGORI_LABELS } from "@/lib/i18n/sasaran";
import { formatDate, formatDecimal, formatMonth } from "@/lib/format";
import { kategoriOf } from "@/lib/sasaran/kategori";
import { currentYearMonth, monthBounds, monthIndex, quarterOfMonth, todayIso, type YearMonth } from "@/lib/periods";
import { balitaNewMonthValues, deliveryValues, newMonthValues, recordToValues } from "@/lib/pemantauan/defaults";
import { balitaText } from "@/lib/i18n/balita";
import { entryGroup, itemsByMonth, ymString } from "@/lib/offline/desa-view";
import { recordKey, type LocalDesa } from "@/lib/offline/local-data";
import type { OutboxItem } from "@/lib/offline/outbox";
import type { ShellRoute } from "@/lib/offline/shell-routes";
import type { Owner } from "@/lib/offline/store";
import { itemMeasurement, lastWeighingBefore, storedMeasurement } from "@/lib/offline/measurement-preview";
import { MeasurementSummary } from "@/components/measurement-summary";
import { IbuMonthForm } from "@/app/(portal)/wilayah/[kode]/pemantauan/[sasaranId]/ibu-month-form";
import { AnakMonthForm } from "@/app/(portal)/wilayah/[kode]/pemantauan/[sasaranId]/anak-month-form";
import { PaudMonthForm } from "@/app/(portal)/wilayah/[kode]/pemantauan/[sasaranId]/paud-month-form";
import { BalitaMonthForm } from "@/app/(portal)/wilayah/[kode]/pemantauan/[sasaranId]/balita-month-form";
import { ShellLink, useShellNav } from "./shell-nav";
import { offlineMonths } from "./month-list-view";
import { phoneAction } from "./save-on-phone";
import { ConflictChooser } from "./conflict-chooser";

const t = offlineText.month;
const e = pemantauanText.entry;

const KINDS = { ibu: "ibu_bulan", anak: "anak_bulan", balita: "balita_bulan", paud: "paud_bulan" } as const;

/** The latest record of a target before a month, for the values a new month starts from. */
function previousRecord<T extends { sasaranId: number; tahun: number; bulan: number }>(
  rows: Record<string, T>,
  sasaranId: number,
  ym: YearMonth,
): T | null {
  return (
    Object.values(rows)
      .filter((r) => r.sasaranId === sasaranId && monthIndex(r) < monthIndex(ym))
      .sort((a, b) => monthIndex(b) - monthIndex(a))[0] ?? null
  );
}

/** One target's month without a connection: the portal's own Formulir 2A/2B/2C, saved on the phone. */
/** The WHO tables parsed before the cadre taps "Simpan", so the save itself only computes (docs/offline.md). */
function usePreloadedTables() {
  useEffect(() => {
    void loadClientGrowthTables().catch(() => undefined);
  }, []);
}

export function EntryView({
  desa,
  outbox,
  route,
  owner,
}: {
  desa: LocalDesa;
  outbox: OutboxItem[];
  route: Extract<ShellRoute, { view: "entry" }>;
  owner: Owner;
}) {
  const { go } = useShellNav();
  usePreloadedTables();
  const target = desa.sasaran[String(route.id)];
  if (!target) return <p>{offlineText.sasaran.notFound}</p>;
  const ym = route.ym ?? currentYearMonth();
  const bulan = ymString(ym);
  const base = `/wilayah/${desa.desa.kode}`;
  const listHref = `${base}/pemantauan?bulan=${bulan}`;
  const today = todayIso();
  const { first, last } = monthBounds(ym);
  const group = entryGroup(target, ym);
  const existing = route.item
    ? outbox.find((i) => i.clientId === route.item)
    : itemsByMonth(outbox).get(`${target.id}|${bulan}`);
  const allowed = offlineMonths().some((x) => monthIndex(x) === monthIndex(ym));
  const triwulan = quarterOfMonth(ym.bulan);
  const periode = desa.periode.find((p) => p.tahun === ym.tahun && p.triwulan === triwulan);
  const locked = periode && periode.status !== "draft";
  const record = desa[group][recordKey({ sasaranId: target.id, ...ym })];
  const ukur = group === "anak" || group === "balita" ? storedMeasurement(desa, target.id, ym, group) : null;
  const paudRecord = group === "balita" ? desa.paud[recordKey({ sasaranId: target.id, ...ym })] : undefined;
  const lastWeighing = group === "balita" ? lastWeighingBefore(desa, target.id, first) : null;
  const shown = existing ? itemMeasurement(existing) : ukur;
  const baseValues = {
    kode: desa.desa.kode,
    sasaranId: String(target.id),
    bulan,
    posyanduId: String(target.posyanduId),
    tanggalPeriksa: last < today ? last : today,
  };
  const stored = record
    ? {
        ...recordToValues(record),
        ...(ukur
          ? recordToValues({
              beratKg: ukur.beratKg,
              panjangCm: ukur.panjangCm,
              caraUkur: ukur.caraUkur,
              oedema: ukur.oedema,
            })
          : {}),
      }
    : group === "balita"
      ? balitaNewMonthValues(previousRecord(desa.balita, target.id, ym))
      : {
          ...(group === "paud"
            ? {}
            : newMonthValues(
                group,
                previousRecord<{ sasaranId: number; tahun: number; bulan: number }>(desa[group], target.id, ym),
                target.rumahTanggaId ? desa.rumahTangga[String(target.rumahTanggaId)] : null,
              )),
          ...(group === "ibu" ? deliveryValues(target.tanggalMelahirkan, ym) : {}),
        };
  const paudValues: Record<string, string> = paudRecord ? { statusPaud: paudRecord.status } : {};
  const defaults = {
    ...baseValues,
    ...(existing ? existing.fields : { ...stored, ...paudValues }),
    bulan,
    kode: desa.desa.kode,
  };
  const kind = KINDS[group];
  const action = phoneAction(kind, owner, existing ? [existing.clientId] : [], () =>
    go(`${listHref}&tersimpan=${target.id}`),
  );
  const posyandu = desa.posyandu.map((p) => ({
    value: String(p.id),
    label: p.aktif ? p.nama : e.inactivePosyandu(p.nama),
  }));
  return (
    <div className="space-y-4" data-testid="offline-entry" data-tanggal-lahir={target.tanggalLahir}>
      <h1 className="text-2xl font-bold">
        {target.nama} — {formatMonth(bulan)}
      </h1>
      <p className="text-sm text-slate-700">
        {KATEGORI_LABELS[kategoriOf(target, today)]}
        {e.born(formatDate(target.tanggalLahir))}{" "}
        <ShellLink className="underline" href={listHref}>
          {e.backToList}
        </ShellLink>
      </p>
      {shown ? <MeasurementSummary ukur={shown} /> : null}
      {existing?.state === "refused" && existing.message ? (
        <p
          className="rounded-md border border-danger-700 bg-danger-50 p-3 text-sm font-medium text-danger-700"
          data-testid="server-refusal"
        >
          {existing.message}
        </p>
      ) : null}
      {!allowed ? (
        <p className="rounded-md bg-slate-100 p-3 text-sm">{t.onlyTwo}</p>
      ) : locked ? (
        <p
          data-testid="periode-terkunci"
          className="rounded-md border border-warn-800 bg-warn-50 p-3 text-sm font-medium text-warn-800"
        >
          {e.locked(triwulan, ym.tahun, periode.status === "disetujui")}
        </p>
      ) : existing?.state === "conflict" ? (
        <ConflictChooser item={existing} owner={owner} after={() => go(listHref)} />
      ) : group === "ibu" ? (
        <IbuMonthForm
          action={action}
          posyandu={posyandu}
          minDate={first}
          maxDate={baseValues.tanggalPeriksa}
          defaults={defaults}
        />
      ) : group === "anak" ? (
        <AnakMonthForm
          action={action}
          posyandu={posyandu}
          minDate={first}
          maxDate={baseValues.tanggalPeriksa}
          defaults={defaults}
        />
      ) : group === "balita" ? (
        <BalitaMonthForm
          action={action}
          posyandu={posyandu}
          minDate={first}
          maxDate={baseValues.tanggalPeriksa}
          lastWeighing={
            lastWeighing?.beratKg != null
              ? balitaText.form.lastWeighing(
                  formatDate(lastWeighing.tanggalUkur),
                  formatDecimal(lastWeighing.beratKg, 1),
                )
              : undefined
          }
          defaults={defaults}
        />
      ) : (
        <PaudMonthForm action={action} defaults={defaults} />
      )}
    </div>
  );
}

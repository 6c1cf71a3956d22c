import { anakMonthSchema, balitaMonthSchema, ibuMonthSchema, paudMonthSchema } from "@/lib/pemantauan/schemas";
import { measuredThisMonth } from "@/lib/pemantauan/save-rules";
import { ageInDays, completedMonths } from "@/lib/growth/age";
import { calendarAgeMonths } from "@/lib/growth/age-bands";
import { monthBounds, quarterOfMonth, todayIso, type YearMonth } from "@/lib/periods";
import { monitoringGroupIn, NIFAS_DAYS, secondBirthday, sixthBirthday } from "@/lib/sasaran/kategori";
import { addDaysIso } from "@/lib/periods";
import { evaluateAnak, evaluateIbu, evaluatePaud } from "@/lib/scorecard/evaluate";
import { countIndicators, type GroupTotals, type IndicatorCount } from "@/lib/scorecard/aggregate";
import {
  DEFAULT_SETTINGS,
  targetTotals,
  type AnakRecord,
  type IbuRecord,
  type Nilai,
  type PaudRecord,
} from "@/lib/scorecard/types";
import { recordKey, type LocalDesa } from "./local-data";
import { monthKey, type OutboxItem } from "./outbox";
import type { OfflineBalitaMonth, OfflineTarget } from "./protocol";

/* What the offline pages show, computed on the phone from the desa it holds and the items still in its outbox:
 * the month's lists (the same rules as db/queries/pemantauan.ts listDueForMonth), each target-month's state, and the
 * quarter so far by the scorecard's own evaluation (lib/scorecard), as the server computes it. Pure. */

const byName = (local: LocalDesa) => {
  const posyandu = new Map(local.posyandu.map((p) => [p.id, p.nama]));
  return (a: OfflineTarget, b: OfflineTarget) =>
    (posyandu.get(a.posyanduId) ?? "").localeCompare(posyandu.get(b.posyanduId) ?? "", "id") ||
    a.nama.localeCompare(b.nama, "id");
};

/** Targets due a record in a month: 2A (pregnant, or delivered no more than 42 days before the month), 2B (0–23
 * months on the month's first day), the balita record (24–59 months, `monitoringGroupIn`), 2C (two or older on the
 * first day, under six on the last; a balita's PAUD attendance is typed on its balita form). */
export function dueForMonth(local: LocalDesa, ym: YearMonth) {
  const { first, last } = monthBounds(ym);
  const all = Object.values(local.sasaran).sort(byName(local));
  const ibu = all.filter(
    (t) => t.jenis === "ibu" && (!t.tanggalMelahirkan || addDaysIso(t.tanggalMelahirkan, NIFAS_DAYS) >= first),
  );
  const anak = all.filter((t) => t.jenis === "anak" && t.tanggalLahir <= last);
  return {
    ibu,
    anak: anak.filter((t) => first < secondBirthday(t.tanggalLahir)),
    balita: anak.filter((t) => monitoringGroupIn(t.tanggalLahir, ym) === "balita_24_59"),
    paud: anak.filter((t) => first >= secondBirthday(t.tanggalLahir) && last < sixthBirthday(t.tanggalLahir)),
  };
}

export type MonthState = "recorded" | "device" | "refused" | "conflict" | null;
export type MonthGroup = "ibu" | "anak" | "balita" | "paud";

/** The form of a target's month, as the entry page chooses it: 2A for a mother; for a child 2B to the month of the
 * second birthday, the balita record to the fifth (`monitoringGroupIn`), then 2C alone. */
export function entryGroup(target: Pick<OfflineTarget, "jenis" | "tanggalLahir">, ym: YearMonth): MonthGroup {
  if (target.jenis === "ibu") return "ibu";
  const group = monitoringGroupIn(target.tanggalLahir, ym);
  return group === "anak_0_23" ? "anak" : group === "balita_24_59" ? "balita" : "paud";
}

const ymString = (ym: YearMonth) => `${ym.tahun}-${String(ym.bulan).padStart(2, "0")}`;

/** Outbox items by target-month ("12|2026-11"), the newest typed last. */
export function itemsByMonth(outbox: OutboxItem[]): Map<string, OutboxItem> {
  const m = new Map<string, OutboxItem>();
  for (const i of [...outbox].sort((a, b) => a.typedAt.localeCompare(b.typedAt))) {
    const k = monthKey(i.fields);
    if (k) m.set(k, i);
  }
  return m;
}

export function monthState(
  local: LocalDesa,
  items: Map<string, OutboxItem>,
  group: MonthGroup,
  sasaranId: number,
  ym: YearMonth,
): MonthState {
  const item = items.get(`${sasaranId}|${ymString(ym)}`);
  if (item) return item.state === "refused" ? "refused" : item.state === "conflict" ? "conflict" : "device";
  return local[group][recordKey({ sasaranId, ...ym })] ? "recorded" : null;
}

type Keyed<T> = T & { sasaranId: number; kodeWilayah: string };

/** The desa's monthly records with the outbox's waiting items laid over them (an item replaces the stored month). A
 * balita item makes its balita month, and its PAUD attendance the month's 2C row, as the server's write does
 * (db/writes/balita.ts: written only when chosen). */
export function recordsWithOutbox(local: LocalDesa, outbox: OutboxItem[], now = new Date()) {
  const today = todayIso(now);
  const ibu = new Map<string, Keyed<IbuRecord>>(Object.entries(local.ibu));
  const anak = new Map<string, Keyed<AnakRecord>>(Object.entries(local.anak));
  const paud = new Map<string, Keyed<PaudRecord>>(Object.entries(local.paud));
  const balita = new Map<string, Omit<OfflineBalitaMonth, "id" | "version">>(Object.entries(local.balita));
  for (const item of outbox) {
    if (item.state === "refused") continue;
    const kodeWilayah = local.desa.kode;
    if (item.kind === "ibu_bulan") {
      const p = ibuMonthSchema(today).safeParse(item.fields);
      if (!p.success) continue;
      const { bulan, sasaranId, ...d } = p.data;
      ibu.set(recordKey({ sasaranId, ...bulan }), {
        ...d,
        ...bulan,
        sasaranId,
        kodeWilayah,
        usiaKehamilan: d.usiaKehamilan ?? null,
        tanggalMelahirkan: d.tanggalMelahirkan ?? null,
        statusKehamilan: d.statusKehamilan ?? null,
      });
    } else if (item.kind === "anak_bulan") {
      const p = anakMonthSchema(today).safeParse(item.fields);
      const target = p.success ? local.sasaran[String(p.data.sasaranId)] : undefined;
      if (!p.success || !target) continue;
      const { bulan, sasaranId, ...d } = p.data;
      anak.set(recordKey({ sasaranId, ...bulan }), {
        ...d,
        ...bulan,
        ...measuredThisMonth(d, d),
        sasaranId,
        kodeWilayah,
        statusGizi: d.statusGizi ?? null,
        umurBulan: completedMonths(ageInDays(target.tanggalLahir, d.tanggalPeriksa) ?? 0),
      });
    } else if (item.kind === "paud_bulan") {
      const p = paudMonthSchema(today).safeParse(item.fields);
      if (!p.success) continue;
      const { bulan, sasaranId, status } = p.data;
      paud.set(recordKey({ sasaranId, ...bulan }), { ...bulan, sasaranId, kodeWilayah, status });
    } else if (item.kind === "balita_bulan") {
      const p = balitaMonthSchema(today).safeParse(item.fields);
      const target = p.success ? local.sasaran[String(p.data.sasaranId)] : undefined;
      if (!p.success || !target) continue;
      const { bulan, sasaranId, statusPaud, beratKg, ...d } = p.data;
      const key = recordKey({ sasaranId, ...bulan });
      balita.set(key, {
        ...bulan,
        sasaranId,
        kodeWilayah,
        tanggalPeriksa: d.tanggalPeriksa,
        posyanduId: d.posyanduId,
        umurBulan: calendarAgeMonths(target.tanggalLahir, d.tanggalPeriksa),
        ditimbang: beratKg !== undefined,
        vitaminA: d.vitaminA,
        obatCacing: d.obatCacing,
        imunisasiLanjutan: d.imunisasiLanjutan,
        pmt: d.pmt,
        rujukan: d.rujukan,
        kunjunganRumah: d.kunjunganRumah,
      });
      if (statusPaud) paud.set(key, { ...bulan, sasaranId, kodeWilayah, status: statusPaud });
    }
  }
  return {
    ibu: [...ibu.values()],
    anak: [...anak.values()],
    paud: [...paud.values()],
    balita: [...balita.values()],
  };
}

function groupBy<T extends { sasaranId: number }>(rows: T[]) {
  const m = new Map<number, T[]>();
  for (const r of rows) (m.get(r.sasaranId) ?? m.set(r.sasaranId, []).get(r.sasaranId)!).push(r);
  return m;
}

/** The last record of a target in the quarter decides the desa its result counts in (db/rollups/scorecard.ts). */
function lastInQuarter<T extends { tahun: number; bulan: number; kodeWilayah: string }>(
  rs: T[],
  tahun: number,
  q: number,
) {
  return rs
    .filter((r) => r.tahun === tahun && quarterOfMonth(r.bulan) === q)
    .sort((a, b) => a.bulan - b.bulan)
    .at(-1);
}

export type QuarterPreview = {
  ibuIndicators: IndicatorCount[];
  anakIndicators: IndicatorCount[];
  ibu: GroupTotals & { n: number };
  anak: GroupTotals & { n: number };
  paud: GroupTotals & { n: number };
};

/** Tabel 3 and the group totals of Tabel 4 for the desa's quarter, from the records on the phone (docs/indicators.md
 * §5): every target with a record in the quarter whose last record of the quarter is in this desa. */
export function previewQuarter(
  local: LocalDesa,
  records: ReturnType<typeof recordsWithOutbox>,
  tahun: number,
  triwulan: number,
): QuarterPreview {
  const settings = local.settings[String(tahun)] ?? DEFAULT_SETTINGS;
  const here = <T extends { tahun: number; bulan: number; kodeWilayah: string }>(rs: T[]) =>
    lastInQuarter(rs, tahun, triwulan)?.kodeWilayah === local.desa.kode;
  const evaluated = <R, T extends { sasaranId: number; tahun: number; bulan: number; kodeWilayah: string }>(
    rows: T[],
    f: (rs: T[]) => R | null,
  ) =>
    [...groupBy(rows).values()]
      .filter(here)
      .map(f)
      .filter((r): r is R => r !== null);
  const ibu = evaluated(records.ibu, (rs) => evaluateIbu(rs, tahun, triwulan, settings));
  const anak = evaluated(records.anak, (rs) => evaluateAnak(rs, tahun, triwulan, settings));
  const paud = evaluated(records.paud, (rs) => evaluatePaud(rs, tahun, triwulan));
  const totals = (hasils: Nilai[][]) => ({
    n: hasils.length,
    diterima: hasils.reduce((s, h) => s + targetTotals(h).diterima, 0),
    seharusnya: hasils.reduce((s, h) => s + targetTotals(h).seharusnya, 0),
  });
  return {
    ibuIndicators: countIndicators(
      ibu.map((r) => r.hasil),
      8,
    ),
    anakIndicators: countIndicators(
      anak.map((r) => r.hasil),
      10,
    ),
    ibu: totals(ibu.map((r) => r.hasil)),
    anak: totals(anak.map((r) => r.hasil)),
    paud: {
      n: paud.length,
      diterima: paud.reduce((s, r) => s + r.ikut, 0),
      seharusnya: paud.reduce((s, r) => s + r.wajib, 0),
    },
  };
}

export { ymString };

import { monthsOfQuarter, quarterOfMonth } from "@/lib/periods";
import { deliveryDateOf, nifasQuarter, nifasVisits, nifasWindow } from "./nifas";
import type {
  AnakAgeCategory,
  AnakRecord,
  AnakResult,
  IbuRecord,
  IbuResult,
  IbuStage,
  Nilai,
  PaudRecord,
  PaudResult,
  Period,
  Settings,
} from "./types";

/** Pure Y/T/TS evaluation of one target for one quarter (domain §6). Every month→quarter mapping goes through
 * quarterOfMonth; counting windows are explicit (§13 items 3 and 6). */

const idx = (p: Period) => p.tahun * 12 + p.bulan;
const yn = (ok: boolean): Nilai => (ok ? "Y" : "T");

function inQuarter<T extends Period>(records: T[], tahun: number, triwulan: number): T[] {
  return records
    .filter((r) => r.tahun === tahun && quarterOfMonth(r.bulan) === triwulan)
    .sort((a, b) => idx(a) - idx(b));
}

const quarterEnd = (tahun: number, triwulan: number) => tahun * 12 + monthsOfQuarter(triwulan)[2];

export function ibuStage(records: IbuRecord[]): IbuStage {
  if (records.some((r) => r.tanggalMelahirkan)) return "bersalin";
  const max = Math.max(0, ...records.map((r) => r.usiaKehamilan ?? 0));
  if (max > 9) return "bersalin";
  if (max >= 7) return "trimester_3";
  if (max >= 4) return "trimester_2";
  return "trimester_1";
}

/** Mother indicator 3 (§6.1, docs/indicators.md §6): judged only in the quarter in which her 42-day nifas period
 * ends, Y when the KF visits recorded over the months of that period reach the year's minimum; TS in every other
 * quarter and while no delivery date is known. Reads no clock: in a quarter not yet over it is Y as soon as the
 * visits reach the minimum, T until then, like every other indicator of an unfinished quarter. */
export function nifasIndicator(all: IbuRecord[], tahun: number, triwulan: number, settings: Settings): Nilai {
  const delivery = deliveryDateOf(all);
  if (!delivery) return "TS";
  const w = nifasWindow(delivery);
  const q = nifasQuarter(w);
  if (q.tahun !== tahun || q.triwulan !== triwulan) return "TS";
  return yn(nifasVisits(all, w) >= settings.kunjunganNifasMinimum);
}

/** Formulir 3A: 8 indicators for a pregnant woman / mother. Null when she has no record in the quarter. */
export function evaluateIbu(all: IbuRecord[], tahun: number, triwulan: number, settings: Settings): IbuResult | null {
  const q = inQuarter(all, tahun, triwulan);
  if (!q.length) return null;
  const stage = ibuStage(q);
  const status = q[q.length - 1].statusKehamilan;
  const months = (f: (r: IbuRecord) => boolean) => q.filter(f).length;
  const pregnant = stage !== "bersalin";
  const t3 = stage === "trimester_3";
  const anc = months((r) => r.pemeriksaanKehamilan);
  const atRisk = status === "kek" || status === "risti";
  const hasil: Nilai[] = [
    // 1 ANC: one visit a month is what a quarter can show; T3 needs more (K6 asks for three in T3).
    pregnant ? yn(anc >= (t3 ? (settings.ancMinimum === 6 ? 3 : 2) : 1)) : "TS",
    pregnant ? yn(months((r) => r.konsumsiPilFe) >= 1) : "TS",
    nifasIndicator(all, tahun, triwulan, settings),
    pregnant ? yn(months((r) => r.konselingGizi) >= (t3 ? 2 : 1)) : "TS",
    // 5 applies to KEK/Risti mothers only (typed enum, §13 item 1).
    !pregnant ? "TS" : atRisk ? yn(months((r) => r.kunjunganRumah) >= 1) : settings.kunjunganNormal,
    yn(months((r) => r.aksesAirBersih) >= 1),
    yn(months((r) => r.kepemilikanJamban) >= 1),
    yn(months((r) => r.jaminanKesehatan) >= 1),
  ];
  return { stage, status, hasil };
}

export function anakAgeCategory(umur: number): AnakAgeCategory {
  if (umur < 6) return 1;
  if (umur <= 12) return 2;
  if (umur <= 17) return 3;
  return 4;
}

/** §6.3: length measured by a trained worker, tied to February and August (Bulan Penimbangan Balita). */
export function lengthIndicator(
  q: AnakRecord[],
  all: AnakRecord[],
  tahun: number,
  triwulan: number,
  umur: number,
  rule: Settings["lengthRule"],
): Nilai {
  if (rule === "any_month_in_quarter") return yn(q.some((r) => r.pengukuranTinggiBadan));
  const measuredIn = (bulan: number) =>
    all.some((r) => r.tahun === tahun && r.bulan === bulan && r.pengukuranTinggiBadan);
  const feb = measuredIn(2);
  const aug = measuredIn(8);
  if (triwulan <= 2) return umur <= 3 ? "TS" : yn(feb);
  if (triwulan === 3) return umur <= 3 ? "TS" : umur <= 8 ? yn(aug) : yn(feb && aug);
  return umur <= 6 ? "TS" : umur <= 11 ? yn(aug) : yn(feb && aug);
}

const THRESHOLD: Record<AnakAgeCategory, number> = { 1: 0, 2: 5, 3: 8, 4: 15 };

/** Formulir 3B: 10 indicators for a child 0–23 months. Null when the child has no record in the quarter. */
export function evaluateAnak(
  all: AnakRecord[],
  tahun: number,
  triwulan: number,
  settings: Settings,
): AnakResult | null {
  const q = inQuarter(all, tahun, triwulan);
  if (!q.length) return null;
  const umur = Math.max(...q.map((r) => r.umurBulan));
  const cat = anakAgeCategory(umur);
  const last = q[q.length - 1];
  const end = quarterEnd(tahun, triwulan);
  // Cumulative windows: from the child's first record up to the end of the evaluated quarter, never after it.
  const upToEnd = all.filter((r) => idx(r) <= end);
  const yearToEnd = upToEnd.filter((r) => r.tahun === tahun);
  const months = (rs: AnakRecord[], f: (r: AnakRecord) => boolean) => rs.filter(f).length;
  const basic = q.some((r) => r.imunisasiDasar);
  const measles = q.some((r) => r.imunisasiCampak === "sudah");
  const problem = last.statusGizi === "GK" || last.statusGizi === "GB" || last.statusGizi === "S";
  const hasil: Nilai[] = [
    cat === 1 ? "TS" : cat === 2 && umur <= 9 ? yn(basic) : yn(basic && measles),
    cat === 1 ? "TS" : yn(months(upToEnd, (r) => r.pengukuranBeratBadan) >= THRESHOLD[cat]),
    lengthIndicator(q, all, tahun, triwulan, umur, settings.lengthRule),
    cat === 1 ? "TS" : yn(months(upToEnd, (r) => r.konselingGiziIbu || r.konselingGiziAyah) >= THRESHOLD[cat]),
    problem ? yn(months(q, (r) => r.kunjunganRumah) >= 2) : settings.kunjunganNormal,
    yn(q.some((r) => r.airBersih)),
    yn(q.some((r) => r.kepemilikanJamban)),
    yn(q.some((r) => r.aktaLahir)),
    yn(q.some((r) => r.jaminanKesehatan)),
    cat === 1 ? "TS" : yn(months(yearToEnd, (r) => r.pengasuhanPaud) >= 5),
  ];
  return { kategoriUmur: cat, umur, status: last.statusGizi, tikar: last.statusTikar, hasil };
}

/** PAUD (§6.4): months attending ÷ months not marked "belum", in child-months. */
export function evaluatePaud(all: PaudRecord[], tahun: number, triwulan: number): PaudResult | null {
  const q = inQuarter(all, tahun, triwulan);
  if (!q.length) return null;
  return {
    ikut: q.filter((r) => r.status === "mengikuti").length,
    wajib: q.filter((r) => r.status !== "belum").length,
  };
}

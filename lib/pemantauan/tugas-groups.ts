import type { GrowthCategory } from "@/lib/growth/categories";
import { CATEGORY_LABELS } from "@/lib/i18n/growth";
import { formatDate, formatNumber } from "@/lib/format";
import { pemantauanText } from "@/lib/i18n/pemantauan";

const t = pemantauanText.tugas;

export type TugasItem = { id: number; nama: string; detail?: string };

/** The lists of "Tugas bulan ini" (db/queries/tugas.ts). */
export type Tugas = {
  belumDicatat: TugasItem[];
  belumDitimbang: TugasItem[];
  duaT: TugasItem[];
  kunjunganRumah: TugasItem[];
  lewatHpl: TugasItem[];
  segeraLulus: TugasItem[];
  /** BBLR babies in their first months not weighed this month (lib/sasaran/birth.ts). Optional: a list downloaded to
   * a phone before this group existed has none. */
  bblr?: TugasItem[];
  /** Balita 24–59 months (the balita record's group this month): not weighed this month, 2T, stunted/wasted without a
   * home visit or referral this month. Optional for the same reason as `bblr`. */
  balitaBelumDitimbang?: TugasItem[];
  balitaDuaT?: TugasItem[];
  balitaKunjungan?: TugasItem[];
};

export type TugasGroup = {
  key: string;
  title: string;
  items: TugasItem[];
  href: (id: number) => string;
  detail?: (item: TugasItem) => string | undefined;
};

function describeVisit(detail?: string) {
  if (!detail) return undefined;
  const [who, ...codes] = detail.split(/[: ]+/).filter(Boolean);
  const labels = codes.map(
    (c) =>
      CATEGORY_LABELS[c as GrowthCategory] ?? (c === "kek" ? t.visitCodes.kek : c === "risti" ? t.visitCodes.risti : c),
  );
  return t.visit(who === "ibu" ? t.visitWhoIbu : t.visitWhoAnak, labels.join(", "));
}

/** The groups as the desa home shows them, each item linking to the form (or the target) that resolves it. Shared by
 * the portal's desa home and the offline shell, which renders the list it downloaded. */
export function tugasGroups(tugas: Tugas, kode: string, bulan: string): TugasGroup[] {
  const entry = (id: number) => `/wilayah/${kode}/pemantauan/${id}?bulan=${bulan}`;
  const detailPage = (id: number) => `/wilayah/${kode}/sasaran/${id}`;
  const weights = (i: TugasItem) =>
    i.detail &&
    t.weights(
      i.detail
        .split("|")
        .map((w) => formatNumber(Number(w)))
        .join(" → "),
    );
  return [
    { key: "belum-dicatat", title: t.groups.belumDicatat, items: tugas.belumDicatat, href: entry },
    { key: "belum-ditimbang", title: t.groups.belumDitimbang, items: tugas.belumDitimbang, href: entry },
    {
      key: "bblr",
      title: t.groups.bblr,
      items: tugas.bblr ?? [],
      href: entry,
      detail: (i) => (i.detail ? t.beratLahir(formatNumber(Number(i.detail))) : undefined),
    },
    {
      key: "dua-t",
      title: t.groups.duaT,
      items: tugas.duaT,
      href: entry,
      detail: weights,
    },
    {
      key: "kunjungan",
      title: t.groups.kunjungan,
      items: tugas.kunjunganRumah,
      href: entry,
      detail: (i) => describeVisit(i.detail),
    },
    {
      key: "lewat-hpl",
      title: t.groups.lewatHpl,
      items: tugas.lewatHpl,
      href: detailPage,
      detail: (i) => (i.detail ? t.hpl(formatDate(i.detail)) : undefined),
    },
    {
      key: "segera-24",
      title: t.groups.segera24,
      items: tugas.segeraLulus,
      href: detailPage,
      detail: (i) => (i.detail ? t.turns24(formatDate(i.detail)) : undefined),
    },
    {
      key: "balita-belum-ditimbang",
      title: t.groups.balitaBelumDitimbang,
      items: tugas.balitaBelumDitimbang ?? [],
      href: entry,
    },
    { key: "balita-dua-t", title: t.groups.balitaDuaT, items: tugas.balitaDuaT ?? [], href: entry, detail: weights },
    {
      key: "balita-kunjungan",
      title: t.groups.balitaKunjungan,
      items: tugas.balitaKunjungan ?? [],
      href: entry,
      detail: (i) => describeVisit(i.detail),
    },
  ];
}

/** The groups a save of this month resolves (they link to the month's form): on the phone, a target with a record
 * saved on the device this month leaves them at once; the others wait for the next download. */
export const RESOLVED_BY_A_SAVE = new Set(["belum-dicatat", "belum-ditimbang", "bblr", "dua-t", "kunjungan"]);

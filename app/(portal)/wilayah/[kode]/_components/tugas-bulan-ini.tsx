import Link from "next/link";
import { getTugasBulanIni, type TugasItem } from "@/db/queries/tugas";
import type { GrowthCategory } from "@/lib/growth/categories";
import { CATEGORY_LABELS } from "@/lib/i18n/growth";
import { formatDate, formatMonth } from "@/lib/format";
import { formatYearMonth, type YearMonth } from "@/lib/periods";
import type { Viewer } from "@/lib/auth/viewer";
import { pemantauanText } from "@/lib/i18n/pemantauan";

const t = pemantauanText.tugas;

type Group = {
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

/** "Tugas bulan ini": what the cadre should do this month, each item linking to the form that resolves it. */
export async function TugasBulanIni({
  viewer,
  kode,
  ym,
  today,
}: {
  viewer: Viewer;
  kode: string;
  ym: YearMonth;
  today: string;
}) {
  const tugas = await getTugasBulanIni({ viewer, kode, ym, today });
  if (!tugas) return null;
  const bulan = formatYearMonth(ym);
  const entry = (id: number) => `/wilayah/${kode}/pemantauan/${id}?bulan=${bulan}`;
  const detailPage = (id: number) => `/wilayah/${kode}/sasaran/${id}`;
  const groups: Group[] = [
    { key: "belum-dicatat", title: t.groups.belumDicatat, items: tugas.belumDicatat, href: entry },
    { key: "belum-ditimbang", title: t.groups.belumDitimbang, items: tugas.belumDitimbang, href: entry },
    {
      key: "dua-t",
      title: t.groups.duaT,
      items: tugas.duaT,
      href: entry,
      detail: (i) =>
        i.detail &&
        t.weights(
          i.detail
            .split("|")
            .map((w) => Number(w).toLocaleString("id-ID"))
            .join(" → "),
        ),
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
  ];
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <section aria-labelledby="tugas" className="space-y-3" data-testid="tugas-bulan-ini">
      <h2 id="tugas" className="text-xl font-bold">
        {t.heading} <span className="text-base font-normal text-slate-600">({formatMonth(bulan)})</span>
      </h2>
      {total === 0 ? <p className="rounded-md bg-brand-50 p-3 text-brand-800">{t.allDone}</p> : null}
      <div className="grid gap-3 md:grid-cols-2">
        {groups
          .filter((g) => g.items.length)
          .map((g) => (
            <details
              key={g.key}
              open={g.items.length <= 8}
              className="rounded-lg border border-slate-200 bg-white"
              data-testid={`tugas-${g.key}`}
            >
              <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 px-3 py-2 font-semibold">
                <span>{g.title}</span>
                <span className="rounded-full bg-warn-50 px-2 text-sm text-warn-800">{g.items.length}</span>
              </summary>
              <ul className="divide-y divide-slate-100 border-t border-slate-100">
                {g.items.map((i) => (
                  <li key={`${g.key}-${i.id}`}>
                    <Link
                      href={g.href(i.id)}
                      className="flex min-h-11 items-center justify-between gap-2 px-3 py-2 hover:bg-slate-50"
                    >
                      <span className="font-medium">{i.nama}</span>
                      <span className="text-right text-xs text-slate-600">{g.detail?.(i) ?? t.openForm}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </details>
          ))}
      </div>
    </section>
  );
}

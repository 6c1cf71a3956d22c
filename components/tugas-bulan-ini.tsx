import Link from "next/link";
import { getTugasBulanIni, type TugasItem } from "@/db/queries/tugas";
import { CATEGORY_LABELS, type GrowthCategory } from "@/lib/growth/categories";
import { formatDate, formatMonth } from "@/lib/format";
import { formatYearMonth, type YearMonth } from "@/lib/periods";
import type { Viewer } from "@/lib/auth/viewer";

type Group = { key: string; title: string; items: TugasItem[]; href: (id: number) => string; detail?: (item: TugasItem) => string | undefined };

function describeVisit(detail?: string) {
  if (!detail) return undefined;
  const [who, ...codes] = detail.split(/[: ]+/).filter(Boolean);
  const labels = codes.map((c) => CATEGORY_LABELS[c as GrowthCategory] ?? (c === "kek" ? "KEK" : c === "risti" ? "Risti" : c));
  return `${who === "ibu" ? "Ibu hamil" : "Anak"}: ${labels.join(", ")}`;
}

/** "Tugas bulan ini": what the cadre should do this month, each item linking to the form that resolves it. */
export async function TugasBulanIni({ viewer, kode, ym, today }: { viewer: Viewer; kode: string; ym: YearMonth; today: string }) {
  const tugas = await getTugasBulanIni({ viewer, kode, ym, today });
  if (!tugas) return null;
  const bulan = formatYearMonth(ym);
  const entry = (id: number) => `/wilayah/${kode}/pemantauan/${id}?bulan=${bulan}`;
  const detailPage = (id: number) => `/wilayah/${kode}/sasaran/${id}`;
  const groups: Group[] = [
    { key: "belum-dicatat", title: "Belum ada catatan bulan ini", items: tugas.belumDicatat, href: entry },
    { key: "belum-ditimbang", title: "Anak belum ditimbang 2 bulan", items: tugas.belumDitimbang, href: entry },
    { key: "dua-t", title: "Berat tidak naik 2 kali berturut-turut (2T)", items: tugas.duaT, href: entry, detail: (i) => i.detail && `${i.detail.split("|").map((w) => Number(w).toLocaleString("id-ID")).join(" → ")} kg` },
    { key: "kunjungan", title: "Perlu kunjungan rumah (stunting/wasting, KEK/Risti)", items: tugas.kunjunganRumah, href: entry, detail: (i) => describeVisit(i.detail) },
    { key: "lewat-hpl", title: "Lewat HPL, persalinan belum dicatat", items: tugas.lewatHpl, href: detailPage, detail: (i) => (i.detail ? `HPL ${formatDate(i.detail)}` : undefined) },
    { key: "segera-24", title: "Segera berumur 24 bulan (pindah ke kelompok PAUD)", items: tugas.segeraLulus, href: detailPage, detail: (i) => (i.detail ? `24 bulan pada ${formatDate(i.detail)}` : undefined) },
  ];
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <section aria-labelledby="tugas" className="space-y-3" data-testid="tugas-bulan-ini">
      <h2 id="tugas" className="text-xl font-bold">
        Tugas bulan ini <span className="text-base font-normal text-slate-600">({formatMonth(bulan)})</span>
      </h2>
      {total === 0 ? <p className="rounded-md bg-brand-50 p-3 text-brand-800">✓ Semua tugas bulan ini sudah selesai.</p> : null}
      <div className="grid gap-3 md:grid-cols-2">
        {groups
          .filter((g) => g.items.length)
          .map((g) => (
            <details key={g.key} open={g.items.length <= 8} className="rounded-lg border border-slate-200 bg-white" data-testid={`tugas-${g.key}`}>
              <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 px-3 py-2 font-semibold">
                <span>{g.title}</span>
                <span className="rounded-full bg-warn-50 px-2 text-sm text-warn-800">{g.items.length}</span>
              </summary>
              <ul className="divide-y divide-slate-100 border-t border-slate-100">
                {g.items.map((i) => (
                  <li key={`${g.key}-${i.id}`}>
                    <Link href={g.href(i.id)} className="flex min-h-11 items-center justify-between gap-2 px-3 py-2 hover:bg-slate-50">
                      <span className="font-medium">{i.nama}</span>
                      <span className="text-right text-xs text-slate-600">{g.detail?.(i) ?? "Isi formulir ›"}</span>
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

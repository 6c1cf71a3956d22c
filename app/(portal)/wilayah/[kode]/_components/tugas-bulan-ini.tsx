import Link from "next/link";
import { getTugasBulanIni } from "@/db/queries/tugas";
import { formatYearMonth, type YearMonth } from "@/lib/periods";
import type { Viewer } from "@/lib/auth/viewer";
import { tugasGroups } from "@/lib/pemantauan/tugas-groups";
import { TugasList } from "@/components/tugas-list";

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
  return <TugasList groups={tugasGroups(tugas, kode, bulan)} bulan={bulan} LinkAs={Link} />;
}

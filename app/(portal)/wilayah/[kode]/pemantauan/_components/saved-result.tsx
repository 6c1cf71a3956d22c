import { getMonthEntry } from "@/db/queries/pemantauan";
import { listRecentWeighings } from "@/db/queries/posyandu-day";
import { ResultCard } from "@/components/result-card";
import { resultFlags } from "@/lib/pemantauan/result-rules";
import type { Viewer } from "@/lib/auth/viewer";
import type { YearMonth } from "@/lib/periods";

/** The result card of a child's month as stored (after a 2B or balita save), or nothing when the month has no
 * measurement. A balita referred to the Puskesmas this month needs no home-visit reminder (docs/balita.md). */
export async function SavedResult({
  viewer,
  kode,
  sasaranId,
  ym,
}: {
  viewer: Viewer;
  kode: string;
  sasaranId: number;
  ym: YearMonth;
}) {
  const entry = await getMonthEntry({ viewer, kode, sasaranId, ym });
  if (!entry || entry.kind !== "anak") return null;
  const month =
    entry.anak.ukur && entry.anak.record
      ? { ukur: entry.anak.ukur, visited: entry.anak.record.kunjunganRumah }
      : entry.balita.ukur && entry.balita.record
        ? { ukur: entry.balita.ukur, visited: entry.balita.record.kunjunganRumah || entry.balita.record.rujukan }
        : null;
  if (!month) return null;
  const { ukur } = month;
  // Newest first, this weighing included (when it has a weight).
  const weighings = await listRecentWeighings({ viewer, sasaranId, upTo: ukur.tanggalUkur });
  const previous = ukur.beratKg !== null ? (weighings[1] ?? null) : (weighings[0] ?? null);
  return (
    <ResultCard
      nama={entry.target.nama}
      ukur={ukur}
      previous={previous}
      tanggalLahir={entry.target.tanggalLahir}
      flags={resultFlags({
        kategoriHaz: ukur.kategoriHaz,
        kategoriWhz: ukur.kategoriWhz,
        visited: month.visited,
        weighings: ukur.beratKg !== null ? [...weighings].reverse() : [],
        tanggalLahir: entry.target.tanggalLahir,
      })}
    />
  );
}

import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer";
import { getTabel5 } from "@/db/queries/apbdes";
import { formatPercent, formatRupiah } from "@/lib/format";
import { TableScroll } from "@/components/ui/table-scroll";

const th = "border border-slate-300 bg-slate-100 px-2 py-1 text-left font-semibold";
const td = "border border-slate-300 px-2 py-1";
const num = `${td} text-right tabular-nums`;

/** Tabel 5: village budget for stunting from approved APBDes lines (domain §8, §9.7): the official bidang 2 and 4
 * rows first, then every bidang and realisasi as Tumbuh's extension. `sumber=DDS` narrows it to Dana Desa. */
export async function Tabel5({ viewer, kode, tahun, sumber, hrefFor }: { viewer: Viewer; kode: string; tahun: number; sumber?: string; hrefFor: (sumber: string) => string }) {
  const sumberDana = sumber === "DDS" ? "DDS" : "semua";
  const t5 = await getTabel5({ viewer, kode, tahun, sumberDana });
  return (
    <section data-testid="tabel-5" className="space-y-1">
      <h2 className="py-1 font-semibold">Tabel 5. Penggunaan Dana Desa dalam pencegahan stunting ({tahun})</h2>
      {!t5.adaData ? (
        <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm">Belum ada data APBDes yang disetujui untuk tahun {tahun}.</p>
      ) : (
        <>
          <p className="no-print text-sm">
            Sumber dana: {sumberDana === "DDS" ? "Dana Desa (DDS)" : "semua sumber"} ·{" "}
            <Link className="underline" href={hrefFor(sumberDana === "DDS" ? "semua" : "DDS")}>{sumberDana === "DDS" ? "tampilkan semua sumber" : "hanya Dana Desa"}</Link>
            {t5.jumlahDesa > 1 ? ` · gabungan ${t5.jumlahDesa} desa` : ""}
          </p>
          <TableScroll><table className="w-full border-collapse text-sm">
            <thead>
              <tr>
                {["Bidang", "Total pagu", "Pagu kegiatan stunting", "%", "Realisasi stunting", "% realisasi"].map((h) => (
                  <th key={h} className={th} scope="col">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {t5.rows.map((r) => (
                <tr key={r.bidang} className={r.bidang === 2 || r.bidang === 4 ? "font-medium" : "text-slate-700"}>
                  <th className={td} scope="row">{r.bidang}. {r.nama}</th>
                  <td className={num}>{formatRupiah(r.totalPagu)}</td>
                  <td className={num}>{formatRupiah(r.stuntingPagu)}</td>
                  <td className={num}>{formatPercent(r.stuntingPagu, r.totalPagu)}</td>
                  <td className={num}>{formatRupiah(r.stuntingRealisasi)}</td>
                  <td className={num}>{formatPercent(r.stuntingRealisasi, r.stuntingPagu)}</td>
                </tr>
              ))}
            </tbody>
          </table></TableScroll>
        </>
      )}
    </section>
  );
}

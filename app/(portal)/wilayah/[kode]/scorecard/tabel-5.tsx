import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer";
import { getTabel5 } from "@/db/queries/apbdes";
import { formatPercent, formatRupiah } from "@/lib/format";
import { TableScroll } from "@/components/ui/table-scroll";
import { scorecardText } from "@/lib/i18n/scorecard";

const t = scorecardText.tabel5;

// Borders and padding of every cell come from `.grid-table` (app/globals.css): short class names keep the HTML and
// payload small.
const th = "head";
const num = "num";

/** Tabel 5: village budget for stunting from approved APBDes lines (domain §8, §9.7): the official bidang 2 and 4
 * rows first, then every bidang and realisasi as Tumbuh's extension. `sumber=DDS` narrows it to Dana Desa. */
export async function Tabel5({
  viewer,
  kode,
  tahun,
  sumber,
  hrefFor,
}: {
  viewer: Viewer;
  kode: string;
  tahun: number;
  sumber?: string;
  hrefFor: (sumber: string) => string;
}) {
  const sumberDana = sumber === "DDS" ? "DDS" : "semua";
  const t5 = await getTabel5({ viewer, kode, tahun, sumberDana });
  return (
    <section data-testid="tabel-5" className="space-y-1">
      <h2 className="py-1 font-semibold">{t.heading(tahun)}</h2>
      {!t5.adaData ? (
        <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm">{t.empty(tahun)}</p>
      ) : (
        <>
          <p className="no-print text-sm">
            {t.sumberDana(sumberDana === "DDS" ? t.dds : t.semuaSumber)}{" "}
            <Link className="underline" href={hrefFor(sumberDana === "DDS" ? "semua" : "DDS")}>
              {sumberDana === "DDS" ? t.showAll : t.onlyDds}
            </Link>
            {t5.jumlahDesa > 1 ? t.gabungan(t5.jumlahDesa) : ""}
          </p>
          <TableScroll>
            <table className="grid-table w-full border-collapse text-sm">
              <thead>
                <tr>
                  {t.head.map((h) => (
                    <th key={h} className={th} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {t5.rows.map((r) => (
                  <tr key={r.bidang} className={r.bidang === 2 || r.bidang === 4 ? "font-medium" : "text-slate-700"}>
                    <th scope="row">
                      {r.bidang}. {r.nama}
                    </th>
                    <td className={num}>{formatRupiah(r.totalPagu)}</td>
                    <td className={num}>{formatRupiah(r.stuntingPagu)}</td>
                    <td className={num}>{formatPercent(r.stuntingPagu, r.totalPagu)}</td>
                    <td className={num}>{formatRupiah(r.stuntingRealisasi)}</td>
                    <td className={num}>{formatPercent(r.stuntingRealisasi, r.stuntingPagu)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}

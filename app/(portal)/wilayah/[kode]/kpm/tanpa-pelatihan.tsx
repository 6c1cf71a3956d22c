import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import type { KpmKinerjaRow } from "@/lib/kpm/types";

/** KPM accounts with no training or coaching event in the last 12 months: who the district should invite next. */
export function TanpaPelatihan({ rows, showKecamatan }: { rows: KpmKinerjaRow[]; showKecamatan: boolean }) {
  const list = rows.filter((r) => r.kpmId !== null && !r.pelatihan12Bulan);
  return (
    <Card title={`KPM tanpa pelatihan dalam 12 bulan terakhir (${list.length})`}>
      {list.length ? (
        <ul className="divide-y divide-slate-100" data-testid="kpm-tanpa-pelatihan">
          {list.map((r) => (
            <li key={r.key} className="py-2 text-sm">
              <span className="font-medium">{r.kpmNama}</span> — {r.desaJenis === "kelurahan" ? "Kelurahan" : "Desa"} {r.desaNama}
              {showKecamatan ? `, Kec. ${r.kecamatanNama}` : ""}
              <span className="block text-slate-600">{r.pelatihanTerakhir ? `Pelatihan terakhir ${formatDate(r.pelatihanTerakhir)}` : "Belum pernah mengikuti pelatihan"}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600" data-testid="kpm-tanpa-pelatihan-kosong">
          Semua KPM sudah mengikuti pelatihan atau pembinaan dalam 12 bulan terakhir.
        </p>
      )}
    </Card>
  );
}

import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import type { KpmKinerjaRow } from "@/lib/kpm/types";
import { kpmText } from "@/lib/i18n/kpm";

const t = kpmText.tanpaPelatihan;

/** KPM accounts with no training or coaching event in the last 12 months: who the district should invite next. */
export function TanpaPelatihan({ rows, showKecamatan }: { rows: KpmKinerjaRow[]; showKecamatan: boolean }) {
  const list = rows.filter((r) => r.kpmId !== null && !r.pelatihan12Bulan);
  return (
    <Card title={t.title(list.length)}>
      {list.length ? (
        <ul className="divide-y divide-slate-100" data-testid="kpm-tanpa-pelatihan">
          {list.map((r) => (
            <li key={r.key} className="py-2 text-sm">
              <span className="font-medium">{r.kpmNama}</span> — {r.desaJenis === "kelurahan" ? t.kelurahan : t.desa}{" "}
              {r.desaNama}
              {showKecamatan ? t.kecamatan(r.kecamatanNama) : ""}
              <span className="block text-slate-600">
                {r.pelatihanTerakhir ? t.lastTraining(formatDate(r.pelatihanTerakhir)) : t.never}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600" data-testid="kpm-tanpa-pelatihan-kosong">
          {t.allTrained}
        </p>
      )}
    </Card>
  );
}

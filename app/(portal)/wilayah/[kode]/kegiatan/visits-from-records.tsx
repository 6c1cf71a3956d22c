import Link from "next/link";
import { formatDate } from "@/lib/format";
import { kegiatanText } from "@/lib/i18n/kegiatan";

const t = kegiatanText.fromRecords;

/** Home visits ticked on the monthly forms with no activity logged for them (enter once, the other way round):
 * listed under the month's activities, each linking to the record, never counted as an activity. */
export function VisitsFromRecords({
  kode,
  bulan,
  rows,
}: {
  kode: string;
  bulan: string;
  rows: Array<{ id: number; nama: string; tanggal: string }>;
}) {
  if (!rows.length) return null;
  return (
    <section aria-labelledby="kunjungan-formulir" className="space-y-2" data-testid="kunjungan-dari-formulir">
      <h2 id="kunjungan-formulir" className="text-lg font-semibold">
        {t.heading}
      </h2>
      <p className="text-sm text-slate-600">{t.intro}</p>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {rows.map((r) => (
          <li key={r.id}>
            <Link
              href={`/wilayah/${kode}/pemantauan/${r.id}?bulan=${bulan}`}
              className="flex min-h-11 items-center justify-between gap-2 px-3 py-2 hover:bg-slate-50"
            >
              <span className="font-medium">{r.nama}</span>
              <span className="text-xs text-slate-600">{t.item(formatDate(r.tanggal))}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { RowLink } from "@/components/data-table/row-link";
import { createColumnHelper } from "@tanstack/table-core";
import { DataTable, type Features } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import { formatDate, formatPercent } from "@/lib/format";
import { JENIS_KEGIATAN } from "@/lib/enums";
import { INSENTIF_TONE } from "@/lib/kpm/table";
import type { KpmKinerjaRow } from "@/lib/kpm/types";
import { INSENTIF_LABELS, JENIS_KEGIATAN_SHORT, kpmText } from "@/lib/i18n/kpm";

const t = kpmText.table;

const helper = createColumnHelper<Features, KpmKinerjaRow>();
const perMonth = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });

/** "80,0 %" with "(n/N)" beside it and an optional line under it; "–" when there is nothing to divide by. */
function Share({ n, of, note }: { n: number; of: number; note?: string }) {
  return (
    <span className="whitespace-nowrap">
      {formatPercent(n, of)} <span className="text-xs text-slate-600">{t.countOf(n, of)}</span>
      {note ? <span className="block text-xs text-slate-600">{note}</span> : null}
    </span>
  );
}

/** Per-KPM performance; sorting links change the URL and the server sorts. */
export function KpmTable({
  rows,
  kode,
  params,
  showKecamatan,
  tahun,
}: {
  rows: KpmKinerjaRow[];
  kode: string;
  params: Record<string, string | undefined>;
  showKecamatan: boolean;
  tahun: number;
}) {
  const columns = helper.columns([
    helper.accessor("kpmNama", {
      header: t.kpm,
      cell: (info) =>
        info.getValue() ?? (
          <span className="whitespace-nowrap">
            <Badge tone="warn">{t.noKpm}</Badge>
          </span>
        ),
    }),
    helper.accessor("desaNama", {
      header: t.desa,
      cell: (info) => {
        const r = info.row.original;
        return (
          <>
            <RowLink href={`/wilayah/${r.desaKode}`}>{r.desaNama}</RowLink>
            {showKecamatan ? (
              <span className="block text-xs text-slate-600">{t.kecamatan(r.kecamatanNama)}</span>
            ) : null}
          </>
        );
      },
    }),
    helper.accessor("tercatat", {
      header: t.kelengkapan,
      cell: (info) => {
        const r = info.row.original;
        return <Share n={r.tercatat} of={r.wajibLapor} note={t.monthsComplete(r.bulanLengkap, r.bulanWajib)} />;
      },
    }),
    helper.accessor("tepatWaktu", {
      header: t.tepatWaktu,
      cell: (info) => <Share n={info.getValue()} of={info.row.original.tercatat} />,
    }),
    helper.accessor("sasaran", { header: t.sasaran }),
    helper.accessor("kegiatanTotal", {
      header: t.kegiatan,
      cell: (info) => {
        const r = info.row.original;
        if (r.kpmId === null) return "–";
        return (
          <>
            <span className="font-medium">{r.kegiatanTotal}</span>{" "}
            <span className="text-xs text-slate-600">{t.perMonth(perMonth.format(r.kegiatanTotal / r.bulan))}</span>
            <span className="block min-w-40 text-xs text-slate-600">
              {JENIS_KEGIATAN.filter((j) => r.kegiatan[j] > 0)
                .map((j) => `${JENIS_KEGIATAN_SHORT[j]} ${r.kegiatan[j]}`)
                .join(" · ")}
            </span>
          </>
        );
      },
    }),
    helper.accessor("pelatihanTerakhir", {
      header: t.pelatihanTerakhir,
      cell: (info) => {
        const r = info.row.original;
        if (r.kpmId === null) return "–";
        return (
          <>
            {r.pelatihanTerakhir ? (
              <span className="block min-w-48">
                <span className="whitespace-nowrap">{formatDate(r.pelatihanTerakhir)}</span>{" "}
                <span className="text-xs text-slate-600">{r.pelatihanTopik}</span>
              </span>
            ) : (
              <span className="block">{t.neverTrained}</span>
            )}
            {r.pelatihan12Bulan ? null : (
              <span className="whitespace-nowrap">
                <Badge tone="bad">{t.tanpaPelatihan}</Badge>
              </span>
            )}
          </>
        );
      },
    }),
    helper.accessor("insentifKpm", {
      header: t.insentif(tahun),
      cell: (info) => (
        <span className="whitespace-nowrap">
          <Badge tone={INSENTIF_TONE[info.getValue()]}>{INSENTIF_LABELS[info.getValue()]}</Badge>
        </span>
      ),
    }),
  ]);
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption={t.caption}
      baseHref={`/wilayah/${kode}/kpm`}
      params={params}
      sortKeys={{
        kpmNama: "kpm",
        desaNama: "desa",
        tercatat: "lapor",
        tepatWaktu: "tepat",
        sasaran: "sasaran",
        kegiatanTotal: "kegiatan",
        pelatihanTerakhir: "pelatihan",
        insentifKpm: "insentif",
      }}
      rowKey={(r) => r.key}
      testId="tabel-kpm"
    />
  );
}

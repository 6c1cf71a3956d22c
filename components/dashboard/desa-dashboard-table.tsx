"use client";

import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type Features } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import { formatInteger, formatPercent, formatRupiah } from "@/lib/format";

export type DesaTableRow = {
  kode: string;
  nama: string;
  kecamatan: string;
  sasaran: number;
  anak: number;
  measured: number;
  stunted: number;
  diterima: number;
  seharusnya: number;
  weakest: string | null;
  reported: boolean;
  onTime: boolean;
  paguPerSasaran: number | null;
  approvedQuarters: number;
  quarters: number;
  worstStunting: boolean;
  worstKonvergensi: boolean;
};

const helper = createColumnHelper<Features, DesaTableRow>();

/** Desa table of the district/kecamatan dashboard. Worst-quartile cells carry a text marker, not colour alone. */
export function DesaDashboardTable({ rows, baseHref, params, query }: { rows: DesaTableRow[]; baseHref: string; params: Record<string, string | undefined>; query: string }) {
  const columns = helper.columns([
    helper.accessor("nama", { header: "Desa", cell: (i) => <Link className="font-medium text-brand-800 underline" href={`/wilayah/${i.row.original.kode}?${query}`}>{i.getValue()}</Link> }),
    helper.accessor("kecamatan", { header: "Kecamatan" }),
    helper.accessor("sasaran", { header: "Sasaran", cell: (i) => <Link className="underline" href={`/wilayah/${i.row.original.kode}/sasaran`}>{formatInteger(i.getValue())}</Link> }),
    helper.display({ id: "diukur", header: "Diukur", cell: (i) => formatPercent(i.row.original.measured, i.row.original.anak) }),
    helper.display({
      id: "stunting",
      header: "Stunting",
      cell: (i) => (
        <span className={i.row.original.worstStunting ? "font-semibold text-danger-700" : undefined}>
          {formatPercent(i.row.original.stunted, i.row.original.measured)}
          {i.row.original.worstStunting ? " ⚠ kuartil terburuk" : ""}
        </span>
      ),
    }),
    helper.display({
      id: "konvergensi",
      header: "Konvergensi",
      cell: (i) => (
        <span className={i.row.original.worstKonvergensi ? "font-semibold text-danger-700" : undefined}>
          {formatPercent(i.row.original.diterima, i.row.original.seharusnya)}
          {i.row.original.worstKonvergensi ? " ⚠ kuartil terburuk" : ""}
        </span>
      ),
    }),
    helper.accessor("weakest", { header: "Indikator terlemah", cell: (i) => <span className="text-xs">{i.getValue() ?? "–"}</span> }),
    helper.display({ id: "laporan", header: "Laporan bulan ini", cell: (i) => (i.row.original.reported ? <Badge tone="good">{i.row.original.onTime ? "Tepat waktu" : "Terlambat"}</Badge> : <Badge tone="bad">Belum ada</Badge>) }),
    helper.accessor("paguPerSasaran", { header: "Pagu stunting / sasaran", cell: (i) => (i.getValue() === null ? "–" : formatRupiah(Math.round(i.getValue()!))) }),
    helper.display({ id: "persetujuan", header: "Triwulan disetujui", cell: (i) => `${i.row.original.approvedQuarters}/${i.row.original.quarters}` }),
  ]);
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption="Desa: sasaran, pengukuran, stunting, konvergensi, laporan dan anggaran"
      baseHref={baseHref}
      params={params}
      sortKeys={{ nama: "nama", kecamatan: "kecamatan", sasaran: "sasaran", diukur: "diukur", stunting: "stunting", konvergensi: "konvergensi", paguPerSasaran: "pagu" }}
      rowKey={(r) => r.kode}
      testId="tabel-desa-dasbor"
    />
  );
}

import { RowLink } from "@/components/data-table/row-link";
import { createColumnHelper } from "@tanstack/table-core";
import { DataTable, type Features } from "@/components/data-table/data-table";
import type { Kategori } from "@/lib/sasaran/kategori";
import { formatDate } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { KATEGORI_LABELS, sasaranText } from "@/lib/i18n/sasaran";
import type { JenisKelamin } from "@/lib/enums";

const t = sasaranText.table;

export type SasaranRow = {
  id: number;
  nama: string;
  nik: string | null;
  noKia: string | null;
  jenisKelamin: JenisKelamin;
  tanggalLahir: string;
  kelompok: Kategori;
  posyanduNama: string;
  ibuNama: string | null;
  aktif: boolean;
};

const helper = createColumnHelper<Features, SasaranRow>();

const TONE: Record<Kategori, "info" | "good" | "neutral" | "warn"> = {
  ibu_hamil: "info",
  ibu_nifas: "info",
  ibu_selesai: "neutral",
  anak_0_23: "good",
  anak_2_6_paud: "warn",
  anak_lulus: "neutral",
};

export function SasaranTable({
  rows,
  kode,
  params,
}: {
  rows: SasaranRow[];
  kode: string;
  params: Record<string, string | undefined>;
}) {
  const columns = helper.columns([
    helper.accessor("nama", {
      header: t.nama,
      cell: (info) => <RowLink href={`/wilayah/${kode}/sasaran/${info.row.original.id}`}>{info.getValue()}</RowLink>,
    }),
    helper.accessor("kelompok", {
      header: t.kelompok,
      cell: (info) => <Badge tone={TONE[info.getValue()]}>{KATEGORI_LABELS[info.getValue()]}</Badge>,
    }),
    helper.accessor("tanggalLahir", { header: t.tanggalLahir, cell: (info) => formatDate(info.getValue()) }),
    helper.accessor("nik", { header: t.nik, cell: (info) => info.getValue() ?? "–" }),
    helper.accessor("noKia", { header: t.noKia, cell: (info) => info.getValue() ?? "–" }),
    helper.accessor("posyanduNama", { header: t.posyandu }),
    helper.accessor("ibuNama", { header: t.ibu, cell: (info) => info.getValue() ?? "–" }),
  ]);
  return (
    <DataTable
      nowrap
      columns={columns}
      data={rows}
      caption={t.caption}
      baseHref={`/wilayah/${kode}/sasaran`}
      params={params}
      sortKeys={{ nama: "nama", kelompok: "kelompok", tanggalLahir: "tanggalLahir", posyanduNama: "posyandu" }}
      rowKey={(r) => String(r.id)}
      testId="tabel-sasaran"
    />
  );
}

/** Words shared by every Excel report (lib/excel-report.ts, lib/excel-legend.ts): the title block, the region
 * columns beside codes and the "Keterangan" legend sheet. Each export's own words stay in its feature's file. */
export const excelText = {
  printed: (date: string) => `Dicetak ${date}`,
  period: (label: string) => `Periode: ${label}`,
  region: (name: string, kode: string) => `${name} (${kode})`,
  /** Column pairs: the code, then its name (issue 19: names beside codes). */
  columns: {
    kodeDesa: "Kode desa",
    desa: "Desa/kelurahan",
    kodeKecamatan: "Kode kecamatan",
    kecamatan: "Kecamatan",
  },
  legend: {
    sheet: "Keterangan",
    title: "Keterangan kode dalam berkas ini",
    head: ["Kode", "Arti"],
    nilai: "Nilai indikator (Formulir 3A/3B)",
    indicators: (kelompok: string) => `Indikator ${kelompok}`,
    indicatorsColumns: (kelompok: string) => `Indikator ${kelompok} (kolom "Ind. n" Formulir 3A/3B; baris Tabel 3)`,
    indicatorCode: (prefix: string, nomor: number) => `${prefix} ${nomor}`,
    /** The prefixes the scorecard sheets use for indicator numbers. */
    prefix: { ibu: "Ibu hamil", anak: "Anak", paud: "PAUD" },
    columnPrefix: "Ind.",
    storedKey: "Kode tersimpan",
    statusIbu: "Status ibu hamil",
    statusGizi: "Status gizi anak",
    stuntingTag: "Tag stunting",
  },
} as const;

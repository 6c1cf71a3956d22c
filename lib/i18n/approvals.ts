/** The desa home's approval lists: "Menunggu persetujuan Anda" (kepala desa) and "Dikembalikan" (KPM, perangkat
 * desa). app/(portal)/wilayah/[kode]/_components/menunggu-persetujuan.tsx, dikembalikan.tsx */
export const approvalsText = {
  waiting: {
    heading: "Menunggu persetujuan Anda",
    empty: "Tidak ada yang menunggu persetujuan Anda.",
    scorecard: (triwulanRoman: string, tahun: number) => `Scorecard Triwulan ${triwulanRoman} ${tahun}`,
    apbdes: (tahun: number, versi: string) => `APBDes ${tahun} (${versi})`,
    submitted: (by: string | null, at: string | null) =>
      `Diajukan${by ? ` oleh ${by}` : ""}${at ? `, ${at}` : ""}. Periksa lalu setujui atau kembalikan.`,
  },
  returned: {
    heading: "Dikembalikan kepada Anda",
    scorecard: (triwulanRoman: string, tahun: number) => `Scorecard Triwulan ${triwulanRoman} ${tahun}`,
    apbdes: (tahun: number, versi: string) => `APBDes ${tahun} (${versi})`,
    reason: (catatan: string) => `Alasan: “${catatan}”`,
    by: (by: string | null, at: string | null) =>
      `Dikembalikan${by ? ` oleh ${by}` : ""}${at ? `, ${at}` : ""}. Perbaiki lalu ajukan lagi.`,
  },
} as const;

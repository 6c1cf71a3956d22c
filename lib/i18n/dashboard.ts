import type { ReportStatus, TimelinessStatus } from "@/lib/dashboard/reporting";

/** Copy of the region home and its dashboard: summary figures, charts, desa table, gaps, period selector and the
 * dashboard's Excel export. Indicator names stay in lib/scorecard (indicators.ts/labels.ts), paket names in
 * lib/apbdes/labels.ts and scorecard status names in lib/scorecard/labels.ts. */
export const dashboardText = {
  /** app/(portal)/wilayah/[kode]/page.tsx */
  regionPage: {
    metaTitle: "Wilayah",
    ringkasan: (region: string) => `Ringkasan ${region}`,
    loadingDesa: "Memuat ringkasan desa",
    loadingProgress: "Memuat triwulan berjalan",
    loading: "Memuat ringkasan",
  },
  /** lib/dashboard/period.ts */
  period: {
    months: [
      "Januari",
      "Februari",
      "Maret",
      "April",
      "Mei",
      "Juni",
      "Juli",
      "Agustus",
      "September",
      "Oktober",
      "November",
      "Desember",
    ],
    month: (month: string, tahun: number) => `${month} ${tahun}`,
    quarter: (triwulan: number, tahun: number) => `Triwulan ${triwulan} ${tahun}`,
    year: (tahun: number) => `Tahun ${tahun}`,
  },
  /** components/dashboard/period-form.tsx */
  periodForm: {
    ariaLabel: "Pilih periode",
    periode: "Periode",
    jenis: { bulan: "Bulan", triwulan: "Triwulan", tahun: "Tahun" },
    tahun: "Tahun",
    nilai: "Bulan / triwulan",
    monthsShort: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
    /** "1 (Jan / T1)"; months 5–12 have no quarter of the same number. */
    nilaiOption: (n: number, month: string, hasQuarter: boolean) => `${n} (${month}${hasQuarter ? ` / T${n}` : ""})`,
    submit: "Tampilkan",
    current: "Periode: ",
  },
  /** app/(portal)/wilayah/[kode]/_components/dashboard-view.tsx */
  view: {
    noPaket: "Tanpa paket",
    kpiAriaLabel: "Angka utama",
    noValue: "–",
    sasaran: {
      label: "Sasaran aktif",
      detail: (ibuHamil: string, nifas: string, anak: string, paud: string) =>
        `${ibuHamil} ibu hamil · ${nifas} nifas · ${anak} anak 0–23 · ${paud} PAUD`,
    },
    diukur: {
      label: "Anak 0–23 bulan diukur",
      detail: (measured: string, anak: string) => `${measured} dari ${anak} anak`,
    },
    stunting: {
      label: "Prevalensi stunting (TB/U < −2 SD)",
      detail: (stunted: string, measured: string, severe: string) =>
        `${stunted} dari ${measured} anak diukur; ${severe} sangat pendek`,
    },
    wasting: {
      label: "Wasting / underweight (BB/PB, BB/U < −2 SD)",
      /** Each prevalence over its own denominator (docs/indicators.md §3). */
      detail: (
        wasted: string,
        whzN: string,
        underweight: string,
        wazN: string,
        overweight: string,
        overweightPct: string,
      ) =>
        `${wasted} dari ${whzN} anak gizi kurang/buruk (BB/PB); ${underweight} dari ${wazN} anak BB kurang (BB/U); ${overweight} (${overweightPct}) gizi lebih/obesitas (BB/PB > +2 SD)`,
    },
    konvergensi: {
      label: (draf: boolean) => `Tingkat konvergensi (${draf ? "termasuk draf" : "triwulan disetujui"})`,
      detail: (diterima: string, seharusnya: string) => `${diterima} / ${seharusnya} layanan`,
    },
    laporan: {
      label: (month: string) => `Kelengkapan laporan ${month}`,
      detail: (p: {
        tercatat: string;
        wajib: string;
        desaLengkap: string;
        desaWajib: string;
        tepatWaktu: string;
        batas: string;
      }) =>
        `${p.tercatat} dari ${p.wajib} sasaran tercatat; ${p.desaLengkap} dari ${p.desaWajib} desa lengkap; tepat waktu ${p.tepatWaktu} (batas ${p.batas})`,
    },
    pagu: {
      label: (tahun: number) => `Pagu stunting APBDes ${tahun}`,
      detail: (jumlahDesa: number, draf: boolean, perSasaran: string) =>
        `${jumlahDesa} desa dengan APBDes ${draf ? "terhitung (termasuk draf)" : "disetujui"}; ${perSasaran} per sasaran 1.000 HPK`,
      noData: (draf: boolean) => (draf ? "Belum ada APBDes" : "Belum ada APBDes disetujui"),
    },
    realisasi: {
      label: "Realisasi stunting",
      detail: (pct: string) => `${pct} dari pagu`,
    },
    trend: {
      title: "Tren prevalensi per bulan, anak 0–23 dan 0–59 bulan",
      chartTitle: "Prevalensi stunting 0–23 bulan",
      chartTitle059: "Prevalensi stunting 0–59 bulan",
      head: [
        "Bulan",
        "Stunting 0–23",
        "Stunting 0–59",
        "Wasting 0–23",
        "Wasting 0–59",
        "Underweight 0–23",
        "Underweight 0–59",
      ],
      note: "Setiap sel: prevalensi (anak di pembilang/anak di penyebut) bulan itu.",
    },
    /** The section "Pertumbuhan anak 0–59 bulan" (docs/indicators.md §3a). */
    balita: {
      heading: "Pertumbuhan anak 0–59 bulan",
      intro:
        "Prevalensi anak 0–23 bulan (sasaran scorecard) di samping semua anak di bawah lima tahun. Setiap anak dihitung sekali per indeks, pada kelompok umur pengukuran terakhirnya dalam periode (bulan penuh pada tanggal ukur), sehingga 0–59 bulan adalah jumlah semua kelompok umur.",
      ariaLabel: "Prevalensi 0–23 dan 0–59 bulan",
      figures: {
        stunting: "Stunting (TB/U < −2 SD)",
        wasting: "Wasting (BB/TB < −2 SD)",
        underweight: "Underweight (BB/U < −2 SD)",
        overweight: "Gizi lebih (BB/TB > +2 SD)",
      },
      /** An age band or group, "24–35 bulan". */
      months: (from: number, to: number) => `${from}–${to} bulan`,
      /** "18,2 % (40/220)": prevalence (numerator/denominator). */
      cell: (pct: string, n: string, of: string) => `${pct} (${n}/${of})`,
      bandTable: {
        title: "Prevalensi menurut kelompok umur",
        note: "Kelompok 0–23, 24–59 dan 0–59 bulan menjumlahkan pembilang dan penyebut kelompok umurnya, bukan merata-ratakan persentase.",
        head: ["Umur", "Stunting", "Wasting", "Underweight", "Gizi lebih"],
      },
    },
    konvergensiChart: {
      title: { kecamatan: "Konvergensi per kecamatan", desa: "Konvergensi per desa" },
      chartTitle: "Konvergensi",
      childHead: { kecamatan: "Kecamatan", desa: "Desa" },
      head: ["Diterima", "Seharusnya", "%"],
    },
    paketChart: {
      title: "Cakupan per paket layanan",
      chartTitle: "Cakupan",
      head: ["Paket layanan", "Y", "Seharusnya", "%"],
      note: "Jumlah Y ÷ jumlah layanan yang seharusnya atas semua indikator paket; PAUD = indikator anak 10 ditambah kehadiran PAUD (bulan hadir ÷ bulan wajib, seperti Tabel 3 scorecard).",
    },
    budgetChart: {
      title: (draf: boolean) =>
        `Pagu stunting per paket layanan (${draf ? "termasuk APBDes draf" : "APBDes disetujui"})`,
      chartTitle: "Pagu stunting",
      seriesPagu: "Pagu",
      head: ["Paket layanan", "Pagu"],
    },
    desaCount: (n: string) => `Desa (${n})`,
    search: "Cari desa/kecamatan",
    filter: "Saring",
    downloadExcel: "Unduh Excel",
    gaps: {
      heading: "Celah tanpa anggaran",
      intro:
        "Indikator dengan cakupan di bawah 80 % pada triwulan yang disetujui, dan desa belum punya baris APBDes stunting disetujui untuk indikator atau paket layanannya. Diurutkan menurut jumlah sasaran yang belum terlayani.",
      head: ["Desa", "Indikator", "Paket", "Cakupan", "Sasaran belum terlayani"],
      empty:
        "Tidak ada celah: belum ada triwulan disetujui pada periode ini, atau semua indikator di bawah target sudah dianggarkan.",
    },
  },
  /** components/dashboard/data-figure.tsx */
  figure: {
    dataTable: (title: string) => `Tabel data: ${title}`,
  },
  /** app/(portal)/wilayah/[kode]/_components/triwulan-berjalan.tsx: the quarter in progress beside the last approved. */
  progress: {
    heading: "Triwulan berjalan (sementara, termasuk draf)",
    caption: "Tingkat konvergensi triwulan berjalan dibandingkan triwulan terakhir yang disetujui",
    figure: "Angka",
    approvedHead: (tw: number, tahun: number) => `Triwulan terakhir disetujui (Triwulan ${tw} ${tahun})`,
    approvedHeadNone: "Triwulan terakhir disetujui",
    currentHead: (tw: number, tahun: number) => `Triwulan berjalan (Triwulan ${tw} ${tahun})`,
    provisional: "Sementara",
    konvergensi: "Tingkat konvergensi",
    ibu: "Ibu hamil",
    anak: "Anak 0–23 bulan",
    counts: (d: string, s: string) => `${d} dari ${s} indikator diterima`,
    group: (pct: string, n: string) => `${pct} (${n} sasaran)`,
    none: "–",
    status: (desa: string, disetujui: string, diajukan: string, draf: string) =>
      `Triwulan berjalan: ${desa} desa sudah ada catatan; ${disetujui} disetujui, ${diajukan} diajukan, ${draf} masih draf.`,
    note: "Angka triwulan berjalan dihitung dari semua catatan yang ada sekarang, apa pun statusnya (termasuk draf), dan masih berubah sampai triwulan selesai dan disetujui. Triwulan terakhir disetujui hanya menghitung desa yang triwulannya sudah disetujui kepala desa.",
  },
  /** components/dashboard/desa-dashboard-table.tsx */
  desaTable: {
    caption: "Desa: sasaran, pengukuran, stunting, konvergensi, laporan dan anggaran",
    desa: "Desa",
    kecamatan: "Kecamatan",
    sasaran: "Sasaran",
    diukur: "Diukur",
    stunting: "Stunting",
    stunting059: "0–59 bln: stunting",
    wasting059: "0–59 bln: wasting",
    underweight059: "0–59 bln: underweight",
    overweight059: "0–59 bln: gizi lebih",
    konvergensi: "Konvergensi",
    worstQuartile: " ⚠ kuartil terburuk",
    /** Beside a mark: numerator/denominator, "(3/24)". */
    counts: (n: string, of: string) => ` (${n}/${of})`,
    /** A desa with too few children measured / results to be ranked. */
    unranked: (of: string) => ` · tidak diperingkat (${of})`,
    weakest: "Indikator terlemah",
    weakestCounts: (label: string, y: string, of: string) => `${label} (${y}/${of})`,
    rankingNote: (minimum: string) =>
      `Desa dengan kurang dari ${minimum} sasaran tidak diperingkat: tanda kuartil terburuk dihitung hanya dari desa dengan sedikitnya ${minimum} anak diukur (stunting) atau ${minimum} hasil sasaran (konvergensi), dan indikator terlemah hanya dari indikator yang berlaku untuk sedikitnya ${minimum} sasaran. Angka dalam kurung: pembilang/penyebut.`,
    laporan: "Kelengkapan laporan",
    /** "80,0 % (4/5)": due targets with a record out of due targets. */
    laporanCount: (pct: string, tercatat: string, wajib: string) => `${pct} (${tercatat}/${wajib})`,
    tepatWaktu: "Tepat waktu",
    tepatWaktuCount: (pct: string, tepat: string, tercatat: string) => `${pct} (${tepat}/${tercatat})`,
    paguPerSasaran: "Pagu stunting / sasaran",
    approvedQuarters: "Triwulan disetujui",
    draft: "Draf",
    noValue: "–",
  },
  /** Report status of a desa for the month (lib/dashboard/reporting.ts), in the desa table and its Excel file. */
  reportStatus: {
    lengkap: "Lengkap",
    sebagian: "Belum lengkap",
    belum_ada: "Belum ada laporan",
    tidak_ada_sasaran: "Tidak ada sasaran",
  } satisfies Record<ReportStatus, string>,
  timelinessStatus: {
    tepat: "Tepat waktu",
    sebagian_terlambat: "Sebagian terlambat",
    terlambat: "Terlambat",
    tidak_ada: "Belum ada laporan",
  } satisfies Record<TimelinessStatus, string>,
  /** app/(portal)/wilayah/[kode]/_components/desa-overview.tsx */
  desaOverview: {
    perPosyandu: (period: string) => `Per posyandu (${period})`,
    posyanduHead: ["Posyandu", "Sasaran", "Anak diukur", "Stunting"],
    quarters: "Konvergensi empat triwulan terakhir",
    quartersHead: ["Triwulan", "Diterima / seharusnya", "Konvergensi", "Status"],
    quarterShort: (triwulan: number, tahun: number) => `T${triwulan} ${tahun}`,
  },
  /** components/charts/{trend,percent-bar,budget}-chart.tsx */
  charts: {
    ariaLabel: (title: string) => `${title}: grafik; angkanya ada pada tabel di bawahnya`,
    noData: "tidak ada data",
    /** Replaces ".000.000" at the end of a rupiah tick. */
    millions: " jt",
  },
  /** app/(portal)/wilayah/[kode]/dasbor-ekspor/route.ts */
  ekspor: {
    desaSheet: "Desa",
    title: (region: string) => `Dasbor ${region}`,
    /** The dashboard card's pooled reporting figure, as one line under the title. */
    laporan: (label: string, pct: string, detail: string) => `${label}: ${pct} — ${detail}`,
    desaHead: [
      "Kode",
      "Desa",
      "Kecamatan",
      "Sasaran",
      "Anak 0–23",
      "Diukur",
      "% diukur",
      "Stunting",
      "% stunting",
      "Konvergensi diterima",
      "Konvergensi seharusnya",
      "% konvergensi",
      "Indikator terlemah",
      "Sasaran wajib lapor",
      "Sasaran tercatat",
      "% kelengkapan laporan",
      "Status laporan",
      "Laporan tepat waktu",
      "% tepat waktu",
      "Pagu stunting / sasaran",
      "Kuartil terburuk",
      "Status konvergensi",
      "Anak 0–59 dengan TB/U",
      "Stunting 0–59",
      "% stunting 0–59",
      "Anak 0–59 dengan BB/TB",
      "Wasting 0–59",
      "% wasting 0–59",
      "Gizi lebih 0–59",
      "% gizi lebih 0–59",
      "Anak 0–59 dengan BB/U",
      "Underweight 0–59",
      "% underweight 0–59",
    ],
    approvedOnly: "Konvergensi dan anggaran: hanya triwulan dan APBDes yang disetujui.",
    withDrafts: "Konvergensi dan anggaran: termasuk draf (triwulan dan APBDes yang belum disetujui).",
    draft: "Draf",
    onTime: "Tepat waktu",
    late: "Terlambat",
    notReported: "Belum ada",
    worstStunting: "stunting",
    worstKonvergensi: "konvergensi",
    /** The region's growth prevalences, each over its own denominator (docs/indicators.md §3). */
    growthSheet: "Pertumbuhan",
    growthHead: [
      "Indikator",
      "Anak",
      "Penyebut",
      "Prevalensi",
      "Penyebut = anak dengan z-skor masuk akal pada periode",
    ],
    growthRows: {
      stunting: ["Stunting (TB/U < −2 SD)", "TB/U"],
      severe: ["Sangat pendek (TB/U < −3 SD)", "TB/U"],
      wasting: ["Wasting / gizi kurang dan buruk (BB/PB < −2 SD atau edema)", "BB/PB (atau edema)"],
      overweight: ["Gizi lebih dan obesitas (BB/PB > +2 SD)", "BB/PB (atau edema)"],
      underweight: ["Underweight / BB kurang (BB/U < −2 SD atau edema)", "BB/U (atau edema)"],
    },
    /** The dashboard's band table (docs/indicators.md §3a): one row per age band, then 0–23, 24–59, 0–59. */
    bandSheet: "Pertumbuhan per umur",
    bandNote:
      "Setiap anak dihitung sekali per indeks, pada kelompok umur pengukuran terakhirnya dalam periode; 0–23, 24–59 dan 0–59 bulan = jumlah kelompok umurnya.",
    bandHead: [
      "Umur",
      "Anak dengan TB/U",
      "Stunting",
      "% stunting",
      "Sangat pendek",
      "% sangat pendek",
      "Anak dengan BB/TB",
      "Wasting",
      "% wasting",
      "Gizi lebih",
      "% gizi lebih",
      "Anak dengan BB/U",
      "Underweight",
      "% underweight",
    ],
    gapsSheet: "Celah tanpa anggaran",
    /** The first names the region columns; the export writes lib/excel-report.ts DESA_COLUMNS there. */
    gapsHead: ["Kode desa", "Kode indikator", "Indikator", "Paket", "Y", "Seharusnya", "Cakupan", "Belum terlayani"],
  },
} as const;

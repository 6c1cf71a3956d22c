import type { KelompokKonvergensi, StatusPeriode } from "@/lib/enums";
import type { IndicatorKey } from "@/lib/scorecard/indicators";
import type { AnakAgeCategory, IbuStage, Nilai } from "@/lib/scorecard/types";

/** Copy of the scorecard pages (Formulir 4 and the indicator drill-down), their Excel export and the quarter workflow
 * actions. Indicator names, group names, stage labels, Y/T/TS names and status names are the label maps at the
 * end. */
export const scorecardText = {
  /** Why a monitoring write into a submitted or approved quarter is refused (db/queries/period-lock.ts). */
  locked: {
    approved: (triwulan: number, tahun: number) =>
      `Triwulan ${triwulan} ${tahun} sudah disetujui kepala desa dan dikunci. Data tidak dapat diubah.`,
    submitted: (triwulan: number, tahun: number) =>
      `Triwulan ${triwulan} ${tahun} sudah diajukan. Minta kepala desa atau kecamatan mengembalikannya untuk mengubah data.`,
    /** A save whose recomputation would change another desa-quarter that is submitted or approved. */
    otherQuarter: (q: { triwulan: number; tahun: number; desa: string; approved: boolean }) =>
      q.approved
        ? `Triwulan ${q.triwulan} ${q.tahun} ${q.desa} sudah disetujui; perubahan ini mengubah hasilnya. Minta admin membuka kuncinya.`
        : `Triwulan ${q.triwulan} ${q.tahun} ${q.desa} sudah diajukan; perubahan ini mengubah hasilnya. Minta kepala desa atau kecamatan mengembalikannya.`,
  },
  /** app/(portal)/wilayah/[kode]/scorecard/page.tsx */
  page: {
    metaTitle: "Scorecard Konvergensi",
    title: (triwulan: number, tahun: number) => `Scorecard Konvergensi — Triwulan ${triwulan} ${tahun}`,
    downloadExcel: "Unduh Excel",
    tahun: "Tahun",
    triwulan: "Triwulan",
    triwulanOption: (triwulan: number) => `Triwulan ${triwulan}`,
    posyandu: "Posyandu",
    allPosyandu: "Semua posyandu",
    submit: "Tampilkan",
    printTitle: (triwulan: number, tahun: number) => `SCORECARD KONVERGENSI DESA — TRIWULAN ${triwulan} TAHUN ${tahun}`,
    printSubtitle: (region: string, kecamatan: string, kabupaten: string) =>
      `${region} · Kecamatan ${kecamatan} · ${kabupaten}`,
    noValue: "–",
    statusLabel: "Status triwulan: ",
    catatan: (catatan: string) => `Catatan: ${catatan}`,
    steps: {
      ajukan: "Ajukan triwulan ke kepala desa",
      setujui: "Setujui dan kunci triwulan",
      kembalikan: "Kembalikan dengan catatan",
      kembalikanNote: "Catatan untuk KPM",
      buka: "Buka kunci triwulan",
      bukaNote: "Alasan membuka kunci",
      /** Beside the disabled submit button while the window is closed. */
      opensOn: (date: string) => `Dapat diajukan mulai ${date}`,
    },
    /** The workflow steps, after the tables: the kepala desa reviews first. */
    workflowHeading: "Tindakan triwulan",
    reviewFirst: "Periksa Tabel 1–5 di bawah sebelum menyetujui.",
    toWorkflow: "Ke tombol persetujuan",
    confirm: {
      heading: "Konfirmasi persetujuan",
      question: (triwulanRoman: string, tahun: number) =>
        `Setujui dan kunci Triwulan ${triwulanRoman} ${tahun}? Setelah dikunci hanya admin yang dapat membuka kunci.`,
      yes: "Ya, setujui dan kunci",
      cancel: "Batal",
    },
    /** Verbs of the quarter's history list, by audit action. */
    historyActions: {
      ajukan: "mengajukan",
      setujui: "menyetujui",
      kembalikan: "mengembalikan",
      buka: "membuka kunci",
    } as Record<string, string>,
    unknownActor: "?",
    /** "12/03/2026 10.00 — Siti mengembalikan: “Lengkapi data”" (the note only when there is one). */
    historyEntry: (at: string, actor: string, action: string, catatan: string) =>
      `${at} — ${actor} ${action}${catatan ? `: “${catatan}”` : ""}`,
    perDesa: (n: number, total: string) => `Per desa (${n}) — total ${total}`,
    approvedOnly: (counted: number, total: number) =>
      `Total di atas hanya dari ${counted} dari ${total} desa yang triwulannya sudah disetujui; desa lain ditampilkan dengan statusnya tanpa angka.`,
    draftIncluded: (drafts: number) =>
      `Total di atas termasuk ${drafts} desa yang triwulannya belum disetujui (lihat kolom status).`,
    signature: {
      mengetahui: "Mengetahui,",
      kepalaDesa: (nama: string) => `Kepala Desa ${nama}`,
      dibuatOleh: "Dibuat oleh,",
      kpm: "Kader Pembangunan Manusia",
    },
  },
  /** app/(portal)/wilayah/[kode]/scorecard/tables.tsx */
  tables: {
    tabel1: {
      caption: "Tabel 1. Jumlah sasaran 1.000 HPK",
      head: { sasaran: "Sasaran", jumlah: "Jumlah", risiko: "Berisiko / bermasalah" },
      jtrt: "Jumlah rumah tangga 1.000 HPK (JTRT)",
      ibu: "Ibu hamil (KEK/Risti)",
      anak: "Anak 0–23 bulan (gizi kurang/gizi buruk/stunting)",
      noValue: "–",
    },
    tabel2: {
      caption: "Tabel 2. Hasil pengukuran tikar pertumbuhan (deteksi dini stunting)",
      head: [
        "Jumlah anak 0–23 bulan",
        "Hijau (normal)",
        "Kuning (risiko stunting)",
        "Merah (terindikasi stunting)",
        "Tidak diukur",
      ],
    },
    tabel3: {
      caption: "Tabel 3. Kelengkapan konvergensi paket layanan",
      head: ["No", "Indikator", "Jumlah Y", "Seharusnya", "%"],
      ibu: "Ibu hamil",
      anak: "Anak 0–23 bulan",
      paud: "PAUD (anak 2–6 tahun, dalam bulan-anak)",
    },
    tabel4: {
      caption: "Tabel 4. Tingkat konvergensi",
      head: ["Sasaran", "Jumlah diterima", "Jumlah seharusnya", "%"],
      ibu: "Ibu hamil",
      anak: "Anak 0–23 bulan",
      total: "TOTAL (Tingkat Konvergensi Desa)",
    },
  },
  /** app/(portal)/wilayah/[kode]/scorecard/tabel-5.tsx */
  tabel5: {
    heading: (tahun: number) => `Tabel 5. Penggunaan Dana Desa dalam pencegahan stunting (${tahun})`,
    empty: (tahun: number) => `Belum ada data APBDes yang disetujui untuk tahun ${tahun}.`,
    sumberDana: (sumber: string) => `Sumber dana: ${sumber} ·`,
    dds: "Dana Desa (DDS)",
    semuaSumber: "semua sumber",
    showAll: "tampilkan semua sumber",
    onlyDds: "hanya Dana Desa",
    gabungan: (n: number) => ` · gabungan ${n} desa`,
    head: ["Bidang", "Total pagu", "Pagu kegiatan stunting", "%", "Realisasi stunting", "% realisasi"],
  },
  /** app/(portal)/wilayah/[kode]/scorecard/desa-table.tsx */
  desaTable: {
    caption: "Konvergensi per desa",
    nama: "Desa/kelurahan",
    kecamatan: "Kecamatan",
    konvergensi: "Konvergensi",
    ibu: "Ibu hamil",
    anak: "Anak 0–23",
    sasaran: "Sasaran",
    status: "Status",
  },
  /** app/(portal)/wilayah/[kode]/scorecard/indikator/[kelompok]/[nomor]/page.tsx */
  indikator: {
    metaTitle: "Sasaran per indikator",
    summary: (triwulan: number, tahun: number, y: number, applicable: number, pct: string) =>
      `Triwulan ${triwulan} ${tahun} · ${y} dari ${applicable} sasaran menerima (${pct}); TS tidak dihitung dalam pembagi. ·`,
    back: "Kembali ke scorecard",
    caption: "Sasaran dan nilai indikator",
    head: { nama: "Nama", desa: "Desa", stage: "Tahap/umur", nilai: "Nilai", dasar: "Dasar penilaian" },
    /** Mother indicator 3: her KF visits over the nifas period and its last day. */
    nifasBasis: (kunjungan: string, akhir: string) => `${kunjungan} kunjungan nifas (KF) · masa nifas sampai ${akhir}`,
    nifasRule: (minimum: number) =>
      `Dinilai pada triwulan berakhirnya masa nifas (42 hari setelah melahirkan): Y bila kunjungan nifas selama masa itu minimal ${minimum} kali.`,
    noValue: "–",
    empty: "Belum ada sasaran dengan catatan pada triwulan ini",
  },
  /** app/(portal)/wilayah/[kode]/scorecard/ekspor/route.ts */
  ekspor: {
    scorecardSheet: "Scorecard",
    approvedOnly: "Jumlah dari desa yang triwulannya sudah disetujui saja.",
    withDrafts: "Termasuk draf: jumlah dari semua desa, juga yang triwulannya belum disetujui.",
    title: (region: string) => `Scorecard Konvergensi Desa (Formulir 4) — ${region}`,
    period: (triwulan: number, tahun: number) => `Triwulan ${triwulan} ${tahun}`,
    /** One table for Tabel 1–4, so it can be filtered by table: each row a count, what it is counted of, and the
     * percentage where the page shows one. */
    head: ["Tabel", "Baris", "Uraian", "Jumlah", "Dari", "Persen"],
    tabel: {
      1: "Tabel 1 Sasaran",
      2: "Tabel 2 Tikar pertumbuhan",
      3: "Tabel 3 Kelengkapan konvergensi",
      4: "Tabel 4 Tingkat konvergensi",
    },
    jtrt: "JTRT",
    jtrtText: "Jumlah rumah tangga 1.000 HPK",
    ibuHamil: "Ibu hamil",
    ibuRisiko: "Ibu hamil (KEK/Risti)",
    anak023: "Anak 0–23 bulan",
    anakRisiko: "Anak 0–23 bulan (GK/GB/S)",
    tikarRows: { h: "Hijau", k: "Kuning", m: "Merah", td: "Tidak diukur" },
    tikarText: "Hasil tikar pertumbuhan terakhir pada triwulan",
    indicatorRow: { ibu: (nomor: number) => `Ibu hamil ${nomor}`, anak: (nomor: number) => `Anak ${nomor}` },
    paudRow: "PAUD 1",
    ibu: "Ibu hamil",
    anak: "Anak 0–23 bulan",
    total: "TOTAL",
    totalText: "Tingkat konvergensi desa (ibu hamil + anak 0–23 bulan)",
    formulir3a: "Formulir 3A Ibu",
    formulir3b: "Formulir 3B Anak",
    rekapTitle: { ibu: "Formulir 3A Rekap ibu hamil", anak: "Formulir 3B Rekap anak 0–23 bulan" },
    rekapHeadBefore: ["No", "Nama", "No. KIA"],
    rekapHeadMiddle: ["Tahap/umur", "Status"],
    indicatorCol: (nomor: number) => `Ind. ${nomor}`,
    rekapHeadAfter: ["Diterima", "Seharusnya", "%"],
  },
  /** app/(portal)/wilayah/[kode]/scorecard/actions.ts */
  actions: {
    tahun: "Tahun",
    triwulan: "Triwulan",
    catatan: "Catatan",
    alasanBuka: "Alasan membuka kunci",
    done: {
      ajukan: "Triwulan diajukan ke kepala desa.",
      setujui: "Triwulan disetujui dan dikunci.",
      kembalikan: "Triwulan dikembalikan ke KPM dengan catatan.",
      buka: "Kunci triwulan dibuka.",
    },
    status: { draft: "masih draf", diajukan: "sudah diajukan", disetujui: "sudah disetujui" },
    notDesa: "Triwulan diajukan per desa/kelurahan.",
    notStarted: "Triwulan ini belum dimulai.",
    /** The submission window (pengaturan_tahun.pengajuan_hari_sebelum_akhir, docs/scorecard.md). */
    notYetOpen: (triwulan: number, tahun: number, opensOn: string) =>
      `Triwulan ${triwulan} ${tahun} belum dapat diajukan: pengajuan dibuka menjelang akhir triwulan. Dapat diajukan mulai ${opensOn}.`,
    wrongStatus: (status: string) => `Tidak dapat diproses: triwulan ini ${status}.`,
  },
} as const;

/** The indicators' names (Formulir 3A/3B/2C), by the key lib/scorecard/indicators.ts gives each. */
export const INDICATOR_LABELS = {
  "ibu:1": "Ibu hamil memeriksakan kehamilan (ANC) sesuai standar",
  "ibu:2": "Ibu hamil mendapat dan minum 1 tablet tambah darah setiap hari minimal 90 hari",
  "ibu:3": "Ibu bersalin mendapat pemeriksaan nifas oleh tenaga kesehatan minimal 3 kali",
  "ibu:4": "Ibu hamil mengikuti konseling gizi/kelas ibu hamil minimal 4 kali",
  "ibu:5": "Ibu hamil KEK/risiko tinggi mendapat kunjungan rumah terpadu bidan desa setiap bulan",
  "ibu:6": "Rumah tangga ibu hamil memiliki akses air minum layak",
  "ibu:7": "Rumah tangga ibu hamil memiliki jamban layak",
  "ibu:8": "Ibu hamil memiliki jaminan kesehatan",
  "anak:1": "Anak mendapat imunisasi dasar lengkap",
  "anak:2": "Anak ditimbang berat badannya di posyandu setiap bulan",
  "anak:3": "Anak diukur panjang/tinggi badannya oleh tenaga terlatih minimal 2 kali setahun",
  "anak:4": "Orang tua/pengasuh mengikuti konseling gizi setiap bulan",
  "anak:5": "Anak gizi kurang/gizi buruk/stunting mendapat kunjungan rumah terpadu setiap bulan",
  "anak:6": "Rumah tangga anak memiliki akses air minum layak",
  "anak:7": "Rumah tangga anak memiliki jamban layak",
  "anak:8": "Anak memiliki akta kelahiran",
  "anak:9": "Anak memiliki jaminan kesehatan",
  "anak:10": "Orang tua mengikuti kelas pengasuhan (BKB) setiap bulan",
  "paud:1": "Anak usia 2–6 tahun terdaftar dan aktif mengikuti layanan PAUD",
} satisfies Record<IndicatorKey, string>;

/** Names of stored values; a value added in lib/enums.ts fails the type check until it has one here. */
export const INDICATOR_KELOMPOK_LABELS = {
  ibu: "Ibu hamil",
  anak: "Anak 0–23 bulan",
  paud: "Anak 2–6 tahun (PAUD)",
} satisfies Record<KelompokKonvergensi, string>;

/** Stage of a mother (trimester, delivery) or age band of a child (1–4), as konvergensi_sasaran.stage holds it. */
export const STAGE_LABELS: Record<string, string> = {
  trimester_1: "Trimester 1",
  trimester_2: "Trimester 2",
  trimester_3: "Trimester 3",
  bersalin: "Ibu bersalin/nifas",
  "1": "0–5 bulan",
  "2": "6–12 bulan",
  "3": "13–17 bulan",
  "4": "18–23 bulan",
} satisfies Record<IbuStage | `${AnakAgeCategory}`, string>;

export const STATUS_PERIODE_LABELS = {
  draft: "Draf",
  diajukan: "Diajukan",
  disetujui: "Disetujui",
} as const satisfies Record<StatusPeriode, string>;

export const NILAI_LABELS = {
  Y: "Y (diterima)",
  T: "T (tidak diterima)",
  TS: "TS (tidak sesuai tahap)",
} as const satisfies Record<Nilai, string>;

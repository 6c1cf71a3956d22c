import type { CaraUkur, ImunisasiCampak, StatusGizi, StatusKehamilan, StatusPaud, StatusTikar } from "@/lib/enums";

/** Copy of monthly monitoring (pemantauan, Formulir 2A/2B/2C): the month list, the entry page and its forms,
 * the measurement summary, the growth chart, "Tugas bulan ini", and the messages of the actions, the schemas
 * and the plausibility checks. The forms' service checkboxes and option names are at the end; growth
 * categories are in lib/i18n/growth.ts. */
export const pemantauanText = {
  /** The month's list: /wilayah/[kode]/pemantauan. */
  month: {
    metaTitle: "Pemantauan bulanan",
    title: "Pemantauan bulanan",
    doneCount: (done: number, total: number) => `(${done}/${total} sudah diisi)`,
    notFilled: "Belum diisi",
    emptyTitle: "Tidak ada sasaran pada bulan ini",
    emptyHint: "Daftarkan sasaran di halaman",
    emptyHintFiltered: "Pilih “Semua posyandu” atau daftarkan sasaran di halaman",
    emptyHintLink: "Sasaran",
    emptyHintAfter: "; setiap sasaran aktif muncul di sini setiap bulan.",
    posyandu: "Posyandu",
    allPosyandu: "Semua posyandu",
    show: "Tampilkan",
    saved: "✓ Data bulan ini tersimpan.",
    countersLabel: "Ringkasan catatan",
    counters: {
      ibuMonth: "Catatan ibu hamil bulan ini",
      anakMonth: "Catatan anak bulan ini",
      ibuTotal: "Total catatan ibu hamil",
      anakTotal: "Total catatan anak",
    },
    readOnly: "Anda dapat melihat data; pengisian dilakukan oleh KPM desa.",
    ibuTitle: "Ibu hamil & nifas (Formulir 2A)",
    ibuNifas: "nifas",
    ibuHamil: "hamil",
    anakTitle: "Anak 0–23 bulan (Formulir 2B)",
    anakDetail: (haz: string, whz: string | null) => `TB/U: ${haz}${whz !== null ? `, BB/TB: ${whz}` : ""}`,
    paudTitle: "Anak 2–6 tahun, PAUD (Formulir 2C)",
    done: "Sudah diisi",
  },
  /** One target and month: /wilayah/[kode]/pemantauan/[sasaranId]. */
  entry: {
    metaTitle: "Isi pemantauan",
    inactivePosyandu: (nama: string) => `${nama} (nonaktif)`,
    /** Follows the group name: "Ibu hamil · lahir 1 Jan 1995 ·". */
    born: (tanggal: string) => ` · lahir ${tanggal} ·`,
    viewTarget: "Lihat data sasaran",
    backToList: "Kembali ke daftar bulan ini",
    locked: (triwulan: number, tahun: number, approved: boolean) =>
      `🔒 Triwulan ${triwulan} ${tahun} ${approved ? "sudah disetujui kepala desa dan dikunci" : "sudah diajukan dan dikunci sampai dikembalikan"}. Data bulan ini tidak dapat diubah.`,
    kpmOnly: "Hanya KPM desa yang dapat mengisi formulir ini.",
  },
  /** Fields shared by the monthly forms. */
  form: {
    tanggalPeriksa: "Tanggal periksa",
    posyandu: "Posyandu",
    choose: "— Pilih —",
    unknown: "— Belum diketahui —",
    services: "Layanan yang diterima bulan ini",
    submit: "Simpan",
  },
  ibuForm: {
    statusKehamilan: "Status kehamilan (dari bidan)",
    usiaKehamilan: "Usia kehamilan (bulan)",
    tanggalMelahirkan: "Tanggal melahirkan (bila sudah)",
    lila: "LiLA (cm)",
    lilaHint: "KEK bila kurang dari 23,5 cm.",
    butirPilFe: "Jumlah butir pil Fe bulan ini",
    kunjunganNifas: "Kunjungan nifas (KF) bulan ini",
    kunjunganNifasHint:
      "Berapa kunjungan nifas oleh tenaga kesehatan yang terjadi bulan ini (0–4). KF1: 6 jam–2 hari, KF2: 3–7 hari, KF3: 8–28 hari, KF4: 29–42 hari setelah melahirkan. Catat di bulan kunjungan itu terjadi; kunjungan yang berlanjut ke bulan berikutnya dicatat di bulan itu.",
  },
  anakForm: {
    measurement: "Penimbangan dan pengukuran",
    berat: "Berat badan (kg)",
    beratHint: "Contoh: 8,4",
    panjang: "Panjang/tinggi badan (cm)",
    panjangHint: "Contoh: 72,5",
    caraUkur: "Cara ukur",
    oedema: "Oedema (bengkak) kedua kaki",
    tikar: "Tikar pertumbuhan",
    statusGizi: "Status gizi (dari bidan)",
    campak: "Imunisasi campak",
  },
  paudForm: {
    status: "Kehadiran PAUD bulan ini",
  },
  /** components/measurement-summary.tsx */
  summary: {
    heading: (tanggal: string) => `Hasil pengukuran ${tanggal}`,
    sizes: (berat: string, panjang: string) => `Berat ${berat} kg · panjang/tinggi ${panjang} cm`,
    corrected: (panjang: string) => ` (dikoreksi ${panjang} cm)`,
    oedema: " · oedema",
    index: "Indeks",
    zScore: "Z-score",
    category: "Kategori",
    rows: {
      haz: "Panjang/tinggi menurut umur (TB/U)",
      waz: "Berat menurut umur (BB/U)",
      whz: "Berat menurut panjang/tinggi (BB/TB)",
      baz: "IMT menurut umur (IMT/U)",
    },
  },
  /** components/charts/growth-chart.tsx */
  chart: {
    lines: { "-3": "−3 SD", "-2": "−2 SD", "0": "Median", "2": "+2 SD", "3": "+3 SD" },
    child: "Anak",
    ariaLabel: (title: string) => `${title}: grafik; lihat tabel di bawahnya untuk angkanya`,
    xAxis: "Umur (bulan)",
  },
  /** app/(portal)/wilayah/[kode]/_components/tugas-bulan-ini.tsx */
  tugas: {
    heading: "Tugas bulan ini",
    allDone: "✓ Semua tugas bulan ini sudah selesai.",
    openForm: "Isi formulir ›",
    groups: {
      belumDicatat: "Belum ada catatan bulan ini",
      belumDitimbang: "Anak belum ditimbang 2 bulan",
      duaT: "Berat tidak naik 2 kali berturut-turut (2T)",
      kunjungan: "Perlu kunjungan rumah (stunting/wasting, KEK/Risti)",
      lewatHpl: "Lewat HPL, persalinan belum dicatat",
      segera24: "Segera berumur 24 bulan (pindah ke penimbangan balita 24–59 bulan)",
      bblr: "Bayi BBLR perlu dipantau (berat lahir < 2.500 g, belum ditimbang bulan ini)",
      balitaBelumDitimbang: "Balita belum ditimbang bulan ini",
      balitaDuaT: "Balita 2T — rujuk ke Puskesmas",
      balitaKunjungan: "Balita pendek/gizi kurang tanpa kunjungan rumah atau rujukan",
    },
    beratLahir: (kg: string) => `BBLR, berat lahir ${kg} kg`,
    /** Weights of the last months, already joined with " → ". */
    weights: (weights: string) => `${weights} kg`,
    hpl: (tanggal: string) => `HPL ${tanggal}`,
    turns24: (tanggal: string) => `24 bulan pada ${tanggal}`,
    visitWhoIbu: "Ibu hamil",
    visitWhoAnak: "Anak",
    visitCodes: { kek: "KEK", risti: "Risti" },
    visit: (who: string, reasons: string) => `${who}: ${reasons}`,
  },
  /** Messages of the server actions. */
  actions: {
    conflict: "Data bulan ini baru saja diubah oleh pengguna lain. Muat ulang halaman untuk melihat perubahan terbaru.",
    targetNotFound: "Sasaran tidak ditemukan di desa ini.",
    posyanduNotHere: "Pilih posyandu di desa ini.",
    melahirkanInvalid: "Tanggal melahirkan tidak masuk akal.",
    nifasNoDelivery: "Kunjungan nifas hanya dicatat setelah persalinan. Isi tanggal melahirkan terlebih dahulu.",
    nifasOutsideWindow: (mulai: string, akhir: string) =>
      `Bulan ini di luar masa nifas ibu (${mulai} – ${akhir}). Catat kunjungan nifas pada bulan kunjungan itu terjadi, atau isi 0.`,
    beforeBirth: "Tanggal periksa sebelum tanggal lahir anak.",
    tooOld: "Anak sudah berumur 24 bulan atau lebih; catat penimbangannya di formulir balita 24–59 bulan.",
  },
  /** Field names used inside validation messages ("Tanggal periksa wajib diisi.") and the schemas' own messages. */
  schema: {
    fields: {
      sasaran: "Sasaran",
      versi: "Versi",
      tanggalPeriksa: "Tanggal periksa",
      posyandu: "Posyandu",
      usiaKehamilan: "Usia kehamilan",
      tanggalMelahirkan: "Tanggal melahirkan",
      butirPilFe: "Jumlah butir pil Fe",
      kunjunganNifas: "Kunjungan nifas",
      lila: "LiLA",
      berat: "Berat badan",
      panjang: "Panjang/tinggi badan",
    },
    bulanRequired: "Bulan wajib diisi.",
    bulanFormat: "Bulan harus berformat TTTT-BB.",
    futureMonth: "Bulan yang akan datang belum bisa diisi.",
    periksaOutsideMonth: "Tanggal periksa harus di dalam bulan yang diisi.",
    periksaFuture: "Tanggal periksa tidak boleh di masa depan.",
    statusKehamilan: "Pilih status kehamilan.",
    melahirkanFuture: "Tanggal melahirkan tidak boleh di masa depan.",
    pilFe: "Centang konsumsi pil Fe bila ada butir yang diminum.",
    caraUkur: "Pilih cara ukur.",
    statusGizi: "Pilih status gizi.",
    statusTikar: "Pilih warna tikar pertumbuhan.",
    campak: "Pilih status imunisasi campak.",
    caraUkurForLength: "Pilih cara ukur (terlentang atau berdiri) untuk panjang/tinggi badan.",
    statusPaud: "Pilih status PAUD.",
  },
  /** lib/growth/plausibility.ts: implausible measurements, with the z-score already formatted ("−6,4"). */
  plausibility: {
    haz: (z: string) =>
      `Panjang/tinggi badan tampak tidak wajar untuk umur anak (z-score ${z}). Periksa kembali angka dan cara ukur.`,
    waz: (z: string) =>
      `Berat badan tampak tidak wajar untuk umur anak (z-score ${z}). Periksa kembali angka timbangan dan tanda desimal.`,
    whz: (z: string) =>
      `Berat badan tampak tidak sesuai dengan panjang/tinggi badan anak (z-score BB/PB–BB/TB ${z}). Periksa kembali berat dan panjang/tinggi badan.`,
    baz: (z: string) =>
      `Indeks massa tubuh tampak tidak wajar untuk umur anak (z-score IMT/U ${z}). Periksa kembali berat dan panjang/tinggi badan.`,
    c9mo: "Anak di bawah 9 bulan seharusnya diukur terlentang. Pengukuran berdiri dianggap tidak diketahui caranya, sehingga tidak dikoreksi 0,7 cm. Periksa kembali cara ukur.",
  },
} as const;

/** Service checkboxes of Formulir 2A and 2B as [field, label], in the forms' order. */
export const IBU_FLAGS = [
  ["pemeriksaanKehamilan", "Pemeriksaan kehamilan (ANC) bulan ini"],
  ["konsumsiPilFe", "Konsumsi pil Fe (TTD)"],
  ["konselingGizi", "Konseling gizi / kelas ibu hamil"],
  ["kunjunganRumah", "Kunjungan rumah oleh bidan desa"],
  ["aksesAirBersih", "Kepemilikan akses air bersih"],
  ["kepemilikanJamban", "Kepemilikan jamban"],
  ["jaminanKesehatan", "Jaminan kesehatan (JKN)"],
] as const;

export const ANAK_FLAGS = [
  ["imunisasiDasar", "Imunisasi dasar bulan ini / lengkap"],
  ["pengukuranBeratBadan", "Ditimbang bulan ini"],
  ["pengukuranTinggiBadan", "Diukur panjang/tinggi bulan ini"],
  ["konselingGiziIbu", "Ibu ikut konseling gizi"],
  ["konselingGiziAyah", "Ayah/pengasuh ikut konseling gizi"],
  ["kunjunganRumah", "Kunjungan rumah"],
  ["airBersih", "Kepemilikan akses air bersih"],
  ["kepemilikanJamban", "Kepemilikan jamban"],
  ["aktaLahir", "Memiliki akta kelahiran"],
  ["jaminanKesehatan", "Jaminan kesehatan (JKN)"],
  ["pengasuhanPaud", "Orang tua ikut kelas pengasuhan (BKB/PAUD)"],
] as const;

/** Names of stored values, in the order the forms list them; a value added in lib/enums.ts fails the type check
 * until it has one here. */
export const STATUS_KEHAMILAN_LABELS = {
  normal: "Normal (N)",
  risti: "Risiko tinggi (Risti)",
  kek: "KEK",
} as const satisfies Record<StatusKehamilan, string>;
export const STATUS_GIZI_LABELS = {
  N: "Normal (N)",
  GK: "Gizi kurang (GK)",
  GB: "Gizi buruk (GB)",
  S: "Stunting (S)",
} as const satisfies Record<StatusGizi, string>;
export const STATUS_TIKAR_LABELS = {
  TD: "Tidak diukur",
  H: "Hijau",
  K: "Kuning",
  M: "Merah",
} as const satisfies Record<StatusTikar, string>;
export const IMUNISASI_CAMPAK_LABELS = { belum: "Belum", sudah: "Sudah" } as const satisfies Record<
  ImunisasiCampak,
  string
>;
export const STATUS_PAUD_LABELS = {
  belum: "Belum / tidak berlaku",
  mengikuti: "Mengikuti PAUD",
  tidak_mengikuti: "Tidak mengikuti",
} as const satisfies Record<StatusPaud, string>;
export const CARA_UKUR_LABELS = {
  terlentang: "Terlentang (panjang badan)",
  berdiri: "Berdiri (tinggi badan)",
} as const satisfies Record<CaraUkur, string>;

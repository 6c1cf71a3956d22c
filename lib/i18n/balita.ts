/** Copy of the monthly balita record (24–59 months, docs/balita.md): the list section on the monthly page, the
 * form, and the messages of its schema and save. Measurement words shared with Formulir 2B stay in
 * lib/i18n/pemantauan.ts (`anakForm`, `summary`). */
export const balitaText = {
  /** The section of /wilayah/[kode]/pemantauan. */
  list: {
    title: "Balita 24–59 bulan (penimbangan bulanan)",
    hint: "Di luar kartu skor KPM; hasil penimbangan masuk laporan SKDN posyandu dan angka pertumbuhan 0–59 bulan.",
    weighed: "Ditimbang",
    notWeighed: "Tidak ditimbang",
    age: (bulan: number) => `${bulan} bln`,
    paud: (status: string) => `PAUD: ${status}`,
    paudMissing: "PAUD belum dicatat",
  },
  form: {
    heading: "Penimbangan balita bulan ini",
    ditimbang: "Ditimbang bulan ini",
    tinggiHint: "Umur 24 bulan ke atas diukur berdiri (tinggi badan). Bila diukur terlentang, dikurangi 0,7 cm.",
    services: "Layanan bulan ini",
    vitaminA: "Vitamin A (Februari dan Agustus)",
    obatCacing: "Obat cacing",
    imunisasiLanjutan: "Imunisasi lanjutan (DPT-HB-Hib, campak-rubela) sudah lengkap",
    pmt: "Menerima PMT (makanan tambahan)",
    rujukan: "Dirujuk ke Puskesmas",
    kunjunganRumah: "Kunjungan rumah oleh KPM/kader",
    paud: "Kehadiran PAUD bulan ini",
    paudNone: "— Tidak dicatat —",
    lastWeighing: (tanggal: string, berat: string) => `Penimbangan terakhir: ${tanggal}, ${berat} kg`,
  },
  schema: {
    vitaminAMonth: "Vitamin A hanya diberikan pada bulan Februari dan Agustus.",
    beratForDitimbang: "Isi berat badan bila anak ditimbang bulan ini.",
    caraUkurForLength: "Pilih cara ukur (berdiri atau terlentang) untuk tinggi badan.",
  },
  actions: {
    notBalitaYet: "Bulan ini anak masih dicatat di Formulir 2B (anak 0–23 bulan).",
    tooOld: "Anak sudah berumur 60 bulan; penimbangan balita berakhir pada ulang tahun kelima.",
  },
} as const;

/** The balita record's service checkboxes as [field, label], in the form's order. */
export const BALITA_FLAGS = [
  ["vitaminA", balitaText.form.vitaminA],
  ["obatCacing", balitaText.form.obatCacing],
  ["imunisasiLanjutan", balitaText.form.imunisasiLanjutan],
  ["pmt", balitaText.form.pmt],
  ["rujukan", balitaText.form.rujukan],
  ["kunjunganRumah", balitaText.form.kunjunganRumah],
] as const;

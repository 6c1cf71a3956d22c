import type { StatusApbdes, StuntingTag, VersiApbdes } from "@/lib/enums";
import type { Bidang, PaketLayanan } from "@/lib/apbdes/codes";

/** Copy of the APBDes pages (desa budget, kecamatan/kabupaten recap, import), of their actions and checks, and of
 * the Excel files (export, template). Names of stored values (status, versi, tag, paket, bidang) are the label maps
 * at the end, keyed by the values in lib/enums.ts and lib/apbdes/codes.ts. */
export const apbdesText = {
  page: {
    metaTitle: "APBDes",
    title: "APBDes",
    titleRecap: (tahun: number) => `Rekap APBDes ${tahun}`,
    titleDesa: (tahun: number) => `APBDes ${tahun}`,
    printTitleRecap: "Rekap anggaran stunting APBDes",
    printTitleDesa: "Anggaran stunting APBDes",
    printPeriod: (tahun: number) => `Tahun anggaran ${tahun}`,
    kelurahanTitle: "Kelurahan tidak memiliki APBDes",
    kelurahanBody:
      "Kelurahan adalah perangkat daerah kabupaten: tidak menerima Dana Desa dan tidak menyusun APBDes. Kegiatan stunting di kelurahan dibiayai dari APBD kabupaten (antara lain dana kelurahan) dan dicatat oleh perangkat daerah, sehingga tidak ada anggaran yang perlu diisi di sini.",
    /** Confirmations after a redirect (`?pesan=`); only these keys are shown. */
    flash: {
      dibuat: "APBDes dibuat.",
      ditambahkan: "Baris ditambahkan.",
      diubah: "Perubahan baris disimpan.",
      dihapus: "Baris dihapus.",
      ajukan: "APBDes diajukan ke kepala desa.",
      setujui: "APBDes disetujui. Baris anggaran kini terkunci.",
      kembalikan: "APBDes dikembalikan ke draf dengan catatan.",
    },
  },
  yearNav: {
    ariaLabel: "Tahun anggaran",
    label: "Tahun anggaran",
    open: "Buka",
    hasData: "Ada data:",
  },
  desa: {
    emptyTitle: (tahun: number) => `Belum ada APBDes tahun ${tahun}`,
    createMurni: (tahun: number) => `Buat APBDes murni ${tahun}`,
    approvedOnly: "APBDes tampil di sini setelah disetujui kepala desa.",
    versiNav: "Versi APBDes",
    downloadExcel: "Unduh Excel",
    importFile: "Impor CSV/XLSX",
    linesHeading: "Baris anggaran",
    addLineTitle: "Tambah baris anggaran",
    saveLine: "Simpan baris",
  },
  /** The confirmation beside the lines after "Simpan baris" or an edit (saved-line-message.tsx). */
  savedLine: {
    added: (uraian: string) => `Baris "${uraian}" ditambahkan.`,
    updated: (uraian: string) => `Perubahan baris "${uraian}" disimpan.`,
    show: "Lihat barisnya di daftar",
  },
  /** "Perubahan dari APBDes murni" (perubahan-diff.tsx; lib/apbdes/diff.ts). */
  diff: {
    title: "Perubahan dari APBDes murni",
    intro:
      "Baris dicocokkan menurut kode kegiatan, kode rekening dan sumber dana; beberapa baris dengan ketiga kode yang sama dijumlahkan.",
    none: "Tidak ada baris yang ditambah, dihapus, atau berubah pagunya dibanding APBDes murni.",
    totalMurni: "Total pagu murni",
    totalPerubahan: "Total pagu perubahan",
    selisih: "Selisih",
    added: (n: number, amount: string) => `${n} baris ditambah (${amount})`,
    removed: (n: number, amount: string) => `${n} baris dihapus (${amount})`,
    changed: (n: number, amount: string) => `${n} baris berubah pagu (selisih ${amount})`,
    unchanged: (n: number) => `${n} baris tetap`,
    ariaLabel: "Daftar perubahan dari APBDes murni",
    caption: "Baris yang ditambah, dihapus, atau berubah pagu",
    head: {
      jenis: "Perubahan",
      kegiatan: "Kegiatan",
      uraian: "Uraian",
      rekening: "Rekening",
      sumber: "Sumber",
      murni: "Pagu murni",
      perubahan: "Pagu perubahan",
      selisih: "Selisih",
    },
    kinds: { added: "Ditambah", removed: "Dihapus", changed: "Pagu berubah" },
    total: "Jumlah selisih",
  },
  status: {
    title: (versi: string, tahun: number) => `APBDes ${versi} ${tahun}`,
    returnedBy: "Dikembalikan kepala desa:",
    submittedAt: (when: string) => `Diajukan ${when}`,
    by: (name: string) => ` oleh ${name}`,
    approved: "Disetujui",
    approvedLocked: ". Baris anggaran terkunci; perubahan dilakukan melalui APBDes perubahan.",
    draftNote: "Baris masih dapat ditambah dan diubah. Ajukan ke kepala desa bila sudah lengkap.",
    submittedNote: "Menunggu persetujuan kepala desa; baris tidak dapat diubah selama diajukan.",
    submit: "Ajukan ke kepala desa",
    approve: "Setujui APBDes",
    createPerubahan: "Buat APBDes perubahan",
  },
  actionForms: {
    processing: "Memproses…",
    deleteAria: "Hapus baris",
    deleteSummary: "Hapus baris ini",
    deleteQuestion: (uraian: string) => `Hapus baris “${uraian}” dari APBDes ini? Tindakan ini tidak dapat dibatalkan.`,
    deleting: "Menghapus…",
    deleteConfirm: "Ya, hapus baris",
    returnNote: "Catatan untuk operator (wajib bila dikembalikan)",
    returnSubmit: "Kembalikan ke draf",
  },
  totals: {
    heading: "Ringkasan anggaran",
    pagu: "Pagu",
    stuntingPagu: "Pagu stunting",
    stuntingShare: "Porsi stunting",
    realisasi: "Realisasi",
    realisasiPct: "Realisasi %",
    tanpaPaket: "Tanpa paket",
    totalPagu: "Total pagu",
    lineCount: (n: number) => `${n} baris`,
    totalRealisasi: "Total realisasi",
    ofPagu: (pct: string) => `${pct} dari pagu`,
    stuntingPaguLabel: "Pagu stunting (SP+SN+TK)",
    ofTotalPagu: (pct: string) => `${pct} dari total pagu`,
    stuntingRealisasi: "Realisasi stunting",
    ofStuntingPagu: (pct: string) => `${pct} dari pagu stunting`,
    perBidang: "Per bidang",
    bidang: "Bidang",
    perSumberDana: "Per sumber dana",
    sumberDana: "Sumber dana",
    perPaket: "Anggaran stunting per paket layanan",
    paket: "Paket layanan",
  },
  lines: {
    emptyTitle: "Belum ada baris anggaran",
    emptyHint: "Tambahkan baris di bawah atau impor dari berkas.",
    ariaLabel: "Baris APBDes",
    caption: "Baris anggaran",
    head: {
      kegiatan: "Kegiatan",
      uraian: "Uraian",
      rekening: "Rekening",
      sumber: "Sumber",
      volume: "Volume",
      pagu: "Pagu",
      realisasi: "Realisasi",
      stunting: "Stunting",
    },
    kegiatanLokal: "Kegiatan lokal",
    justSaved: "Baru disimpan",
    insentifKpm: "Insentif KPM",
    edit: "Ubah",
  },
  lineForm: {
    followKegiatan: "Ikuti bawaan kode kegiatan",
    notStunting: "Bukan stunting",
    noPaket: "Tidak ada",
    kodeKegiatan: "Kode kegiatan",
    kodeKegiatanHint:
      "Ketik kode atau nama kegiatan, misalnya 2.2.02; kode Siskeudes 02.02.02. dan kode lokal 90–99 diterima.",
    uraian: "Uraian",
    kodeRekening: "Kode rekening belanja",
    kodeRekeningHint: "5.x.y atau 5.x.y.zz, misalnya 5.2.1.06.",
    sumberDana: "Sumber dana",
    sumberDanaPlaceholder: "— Pilih sumber dana —",
    volume: "Volume",
    satuan: "Satuan",
    satuanHint: "bulan, orang, unit",
    pagu: "Pagu (Rp)",
    paguHint: "Contoh: 12.500.000",
    realisasi: "Realisasi (Rp)",
    realisasiHint: "Kosong = 0",
    stuntingTag: "Tag stunting",
    paketLayanan: "Paket layanan",
    insentifKpm: "Baris ini insentif/operasional KPM",
  },
  indicators: {
    summaryLead: "Indikator scorecard yang didukung ",
    selected: (n: number) => `(${n} dipilih)`,
    optional: "(boleh kosong)",
  },
  editLine: {
    metaTitle: "Ubah baris APBDes",
    title: "Ubah baris APBDes",
    versionLine: (versi: string, tahun: number, status: string) => `APBDes ${versi} ${tahun} · ${status} ·`,
    back: "Kembali ke daftar baris",
    save: "Simpan perubahan",
    deleteTitle: "Hapus baris",
    readOnly: (status: string) => `Baris ini hanya dapat dibaca: APBDes-nya sudah ${status}.`,
  },
  recap: {
    intro:
      "Angka dari APBDes tiap desa yang terhitung: perubahan bila ada, selain itu murni. Kolom status menunjukkan versi yang dihitung. Kelurahan tidak memiliki APBDes.",
    searchDesa: "Cari desa",
    status: "Status",
    all: "Semua",
    statusOptions: { disetujui: "Disetujui", diajukan: "Diajukan", draft: "Draf", belum: "Belum ada" },
    insentif: "Insentif KPM",
    insentifOptions: { ya: "Ada", tidak: "Tidak ada" },
    apply: "Terapkan",
    downloadExcel: "Unduh Excel",
    noMatchTitle: "Tidak ada desa yang cocok",
    noMatchLead: "Ubah saringan di atas atau ",
    clearFilters: "Hapus saringan",
    totalTitle: (n: string) => `Total gabungan ${n} desa`,
    notApprovedNote:
      "Termasuk APBDes yang belum disetujui (ditandai pada kolom status); angka final hanya dari APBDes yang disetujui.",
    totalPagu: "Total pagu",
    stuntingPagu: "Pagu stunting (porsi)",
    realisasi: "Realisasi",
    perSasaran: "Pagu stunting per sasaran 1.000 HPK",
    perSasaranValue: (amount: string, sasaran: string) => `${amount} (${sasaran} sasaran)`,
    perSasaranNote: (desa: string, tanggal: string) =>
      `Pagu stunting ÷ sasaran 1.000 HPK aktif per ${tanggal} (ibu hamil, ibu nifas, anak 0–23 bulan) dari ${desa} desa yang punya APBDes terhitung.`,
    insentifDesa: "Desa dengan insentif KPM",
    countOf: (n: string, of: string) => `${n} dari ${of}`,
    paketTitle: "Anggaran stunting per paket layanan",
    paketChart: "Anggaran stunting per paket layanan per desa",
    paketPageNote: (page: number, pages: number) =>
      `Desa pada halaman ${page} dari ${pages} tabel di atas; total di atas mencakup semua desa.`,
    noStunting: "Belum ada baris anggaran bertanda stunting.",
  },
  recapTable: {
    desa: "Desa",
    kecamatan: "Kecamatan",
    status: "Status",
    noApbdes: "Belum ada",
    totalPagu: "Total pagu",
    stuntingPagu: "Pagu stunting",
    stuntingShare: "Porsi stunting",
    realisasiPct: "Realisasi %",
    perSasaran: "Pagu stunting per sasaran",
    insentif: "Insentif KPM",
    insentifYes: "Ada",
    insentifNo: "Tidak ada",
    pending: (status: string) => `${status} belum dihitung`,
    caption: (tahun: number) => `Rekap APBDes per desa tahun ${tahun}`,
  },
  paketTable: {
    summary: "Lihat angka grafik sebagai tabel",
    caption: "Anggaran stunting per paket layanan per desa",
    desa: "Desa",
  },
  importPage: {
    metaTitle: "Impor baris APBDes",
    title: (tahun: number) => `Impor baris APBDes ${tahun}`,
    back: (tahun: number) => `‹ Kembali ke APBDes ${tahun}`,
    formatTitle: "Format berkas",
    formatBody: (maxRows: number) =>
      `Satu baris anggaran per baris berkas, judul kolom di baris pertama (maksimal ${maxRows} baris). CSV boleh dipisah koma atau titik koma. Uji coba memeriksa setiap baris dengan aturan yang sama seperti formulir; tidak ada yang disimpan sebelum Anda menerapkannya, dan penerapan menyimpan semua baris atau tidak sama sekali.`,
    limitsTitle: "Batas berkas",
    /** The limits of lib/apbdes/import-columns.ts (IMPORT_LIMITS), formatted. */
    limits: (l: {
      mb: string;
      rows: string;
      columns: string;
      lineChars: string;
      sheetRows: string;
      unpackedMb: string;
      cells: string;
      seconds: string;
    }) => [
      `Ukuran berkas paling besar ${l.mb} MB.`,
      `Paling banyak ${l.rows} baris anggaran dan ${l.columns} kolom (templat memakai 12 kolom).`,
      `CSV: satu baris paling banyak ${l.lineChars} karakter.`,
      `XLSX: lembar kerja terpakai paling jauh sampai baris ${l.sheetRows}; isi paling besar ${l.unpackedMb} MB setelah dibuka dan paling banyak ${l.cells} sel (termasuk sel gabungan dan validasi data).`,
      `Pemeriksaan berkas dihentikan bila lebih dari ${l.seconds} detik.`,
    ],
    templateXlsx: "Unduh templat XLSX",
    templateCsv: "Unduh templat CSV",
    requiredNote: "* wajib diisi",
    targetTitle: (versi: string, tahun: number) => `Impor ke APBDes ${versi} ${tahun} (draf)`,
    draftOnly: (tahun: number) =>
      `Impor hanya untuk APBDes berstatus draf. Buat APBDes ${tahun} terlebih dahulu, atau pilih tahun lain.`,
  },
  importForm: {
    fileLabel: "Berkas CSV atau XLSX (paling besar 1 MB)",
    tooBig: "Berkas terlalu besar; paling besar 1 MB.",
    replace: "Ganti semua baris yang sudah ada di draf ini",
    checking: "Memeriksa…",
    dryRun: "Uji coba impor",
    importing: "Mengimpor…",
    apply: (rows: number) => `Terapkan impor (${rows} baris)`,
    applyWithDuplicates: "Terapkan impor",
    keepDuplicates: "Tetap impor baris yang sama",
    keepDuplicatesHint: (fresh: number, dup: number) =>
      `Tanpa centang: ${fresh} baris baru diimpor dan ${dup} baris yang sudah ada dilewati. Dengan centang: semua baris diimpor, termasuk yang sama.`,
  },
  /** The dry run's list of lines already in the draft (preview-duplicates.tsx). */
  duplicates: {
    title: (n: number) => `${n} baris sudah ada di draf`,
    body: "Baris berikut sama persis (kegiatan, rekening, sumber dana dan pagu) dengan baris yang sudah ada di draf. Saat impor, baris ini dilewati agar tidak tercatat dua kali, kecuali Anda mencentang “Tetap impor baris yang sama”.",
    more: (n: number) => `dan ${n} baris lain`,
    ariaLabel: "Baris yang sudah ada di draf",
    baris: "Baris",
    kegiatan: "Kegiatan",
    rekening: "Rekening",
    sumber: "Sumber",
    uraian: "Uraian",
    pagu: "Pagu",
  },
  preview: {
    ariaLabel: "Hasil uji impor",
    caption: (fileName: string) => `Hasil uji coba ${fileName}`,
    /** The dry run shows the first rows and the first rows with errors, not the whole file. */
    shown: (shown: number, total: number) =>
      shown < total ? `Ditampilkan ${shown} dari ${total} baris: baris pertama dan baris bermasalah pertama.` : "",
    moreErrors: (n: number) => `${n} baris bermasalah lain tidak ditampilkan; perbaiki yang tampil lalu uji lagi.`,
    baris: "Baris",
    hasil: "Hasil",
    kegiatan: "Kegiatan",
    uraian: "Uraian",
    pagu: "Pagu",
    ok: "✓ OK",
  },
  /** Messages of app/(portal)/wilayah/[kode]/apbdes/actions.ts. */
  actions: {
    refusals: {
      locked: "APBDes ini sudah diajukan atau disetujui; barisnya tidak dapat diubah lagi.",
      exists: "Versi APBDes ini sudah ada untuk tahun tersebut.",
      murni_belum_disetujui: "APBDes perubahan hanya dapat dibuat dari APBDes murni yang sudah disetujui.",
      status: "Status APBDes sudah berubah. Muat ulang halaman untuk melihat status terbaru.",
      kosong: "Tambahkan minimal satu baris anggaran sebelum mengajukan.",
    },
    kelurahan: "Kelurahan tidak memiliki APBDes.",
    editConflict:
      "Baris ini telah diubah oleh pengguna lain sejak Anda membukanya. Nilai tersimpan ditampilkan di bawah kolom yang berbeda; isian Anda tetap di kolomnya. Simpan lagi untuk memakai isian Anda.",
    deleteConflict: "Baris ini telah diubah oleh pengguna lain. Muat ulang sebelum menghapusnya.",
    returnReason: "Tulis alasan pengembalian.",
  },
  /** Messages of import-actions.ts. */
  importActions: {
    locked: "Impor hanya dapat dilakukan pada APBDes berstatus draf.",
    noFile: "Pilih berkas CSV atau XLSX terlebih dahulu.",
    missingColumns: (columns: string) => `Kolom wajib tidak ada: ${columns}. Gunakan templat.`,
    dryRunOk: (rows: number) => `Uji coba: ${rows} baris siap diimpor. Belum ada yang disimpan.`,
    dryRunBad: (bad: number, rows: number) =>
      `Uji coba: ${bad} dari ${rows} baris bermasalah. Perbaiki berkas lalu unggah lagi; belum ada yang disimpan.`,
    imported: (count: number, replaced: boolean) =>
      `${count} baris diimpor${replaced ? " menggantikan baris sebelumnya" : ""}.`,
    dryRunDuplicates: (n: number) => ` ${n} di antaranya sudah ada di draf.`,
    skipped: (n: number) => ` ${n} baris yang sudah ada di draf dilewati.`,
  },
  /** Field names and messages of lib/apbdes/line-schema.ts. */
  line: {
    fields: {
      kodeKegiatan: "Kode kegiatan",
      uraian: "Uraian",
      kodeRekening: "Kode rekening",
      sumberDana: "Sumber dana",
      volume: "Volume",
      satuan: "Satuan",
      pagu: "Pagu",
      realisasi: "Realisasi",
      stuntingTag: "Tag stunting",
      paketLayanan: "Paket layanan",
      indikator: "Indikator",
      insentifKpm: "Insentif/operasional KPM",
    },
    volumeUnit: "satuan",
    kodeKegiatanRequired: "Kode kegiatan wajib diisi.",
    kodeKegiatanFormat: "Kode kegiatan harus berbentuk bidang.sub-bidang.kegiatan, misalnya 2.2.02.",
    kodeKegiatanUnknown: (kode: string) => `Kode kegiatan ${kode} tidak dikenal.`,
    kodeRekeningRequired: "Kode rekening wajib diisi.",
    kodeRekeningFormat: "Kode rekening belanja harus berbentuk 5.x.y atau 5.x.y.zz, misalnya 5.2.7.01.",
    kodeRekeningUnknown: (kode: string) => `Kode rekening ${kode} tidak dikenal.`,
    sumberDanaRequired: "Sumber dana wajib diisi.",
    sumberDanaUnknown: (kode: string) => `Sumber dana ${kode} tidak dikenal.`,
    tagChoice: "Pilih tag stunting dari daftar.",
    paketChoice: "Pilih paket layanan dari daftar.",
    indikatorUnknown: "Indikator tidak dikenal; pilih dari daftar (misalnya ibu:1, anak:3).",
    realisasiOverPagu: "Realisasi tidak boleh melebihi pagu.",
  },
  /** Messages of lib/apbdes/amount.ts, by error. */
  amount: {
    kosong: (label: string) => `${label} wajib diisi.`,
    negatif: (label: string) => `${label} tidak boleh negatif.`,
    desimal: (label: string) => `${label} harus rupiah bulat tanpa sen, misalnya 12.500.000.`,
    terlalu_besar: (label: string) => `${label} terlalu besar.`,
    format: (label: string) => `${label} bukan angka rupiah yang valid. Tulis misalnya 12.500.000 atau 12500000.`,
  },
  codes: {
    kegiatanLokal: (subBidang: string) => `Kegiatan lokal sub-bidang ${subBidang}`,
  },
  importCheck: {
    rowError: (column: string, message: string) => `${column}: ${message}`,
  },
  /** Field names and messages of lib/apbdes/schemas.ts. */
  schema: {
    kode: "Kode wilayah",
    tahun: "Tahun anggaran",
    versi: "Pilih versi murni atau perubahan.",
    apbdes: "APBDes",
    baris: "Baris",
    versiBaris: "Versi baris",
    catatan: "Catatan pengembalian",
  },
  /** Messages of lib/apbdes/import-file.ts (the empty and oversized file reuse importActions.noFile and
   * importForm.tooBig). Numbers arrive formatted. */
  importFile: {
    empty: "Berkas kosong.",
    noRows: "Berkas tidak berisi baris anggaran di bawah judul kolom.",
    tooManyRows: (max: string) =>
      `Berkas berisi lebih dari ${max} baris anggaran; paling banyak ${max} baris sekali impor. Bagi berkas menjadi beberapa bagian.`,
    tooManyColumns: (max: string, cell?: string) =>
      `Berkas berisi lebih dari ${max} kolom${cell ? ` (terpakai sampai sel ${cell})` : ""}; paling banyak ${max} kolom. Hapus isi dan format di kanan tabel, atau salin tabel ke templat.`,
    sheetTooLong: (row: string, max: string) =>
      `Lembar kerja terpakai sampai baris ${row}; paling banyak ${max} baris, termasuk baris kosong. Hapus isi dan format di bawah tabel, atau salin tabel ke templat.`,
    lineTooLong: (line: string, max: string) =>
      `Baris ${line} terlalu panjang; satu baris paling banyak ${max} karakter. Periksa pemisah kolom dan tanda kutip.`,
    xlsxTooLarge: (mb: string) =>
      `Isi berkas .xlsx terlalu besar setelah dibuka (lebih dari ${mb} MB). Salin tabel ke templat lalu unggah lagi.`,
    xlsxTooManyCells: (max: string) =>
      `Berkas .xlsx berisi terlalu banyak sel, teks, sel gabungan atau validasi data (lebih dari ${max}). Salin tabel ke templat lalu unggah lagi.`,
    tooSlow: (seconds: string) =>
      `Berkas terlalu lama diproses (lebih dari ${seconds} detik) dan dihentikan. Perkecil berkas atau gunakan templat.`,
    xlsxUnreadable: "Berkas .xlsx ini tidak dapat dibaca. Simpan ulang dari Excel sebagai .xlsx.",
    unreadable: "Berkas tidak dapat dibaca. Periksa formatnya atau gunakan templat.",
    unsupported: "Jenis berkas tidak didukung. Unggah berkas .csv atau .xlsx.",
  },
  /** What each import column holds and two example cells, by column header (lib/apbdes/import-columns.ts); shown
   * on the import page and in the template. */
  importColumns: {
    kode_kegiatan: {
      keterangan: "Kode kegiatan Permendagri 20/2018, misalnya 2.2.02; gaya Siskeudes 02.02.02. juga diterima.",
      contoh: ["2.2.02", "02.04.12."],
    },
    uraian: {
      keterangan: "Uraian singkat belanja.",
      contoh: ["PMT balita dan ibu hamil KEK", "Pipanisasi air bersih Dusun II"],
    },
    kode_rekening: {
      keterangan: "Rekening belanja 5.x.y atau 5.x.y.zz, misalnya 5.2.1.06.",
      contoh: ["5.2.1.06", "5.3.7"],
    },
    sumber_dana: {
      keterangan:
        "DDS, ADD, PAD, PBH, PBP, PBK, SWD, PDL, DLL atau SILPA; label seperti DD-APBN dan BAN-PROV dikenali.",
      contoh: ["DDS", "DD-APBN"],
    },
    volume: { keterangan: "Angka keluaran, boleh desimal dengan koma.", contoh: ["12", "1"] },
    satuan: { keterangan: "Satuan keluaran, misalnya bulan, orang, unit.", contoh: ["bulan", "paket"] },
    pagu: { keterangan: "Rupiah bulat: 12.500.000, 12500000 atau Rp 12.500.000.", contoh: ["24.000.000", "85000000"] },
    realisasi: { keterangan: "Rupiah bulat, tidak melebihi pagu; kosong berarti 0.", contoh: ["12.000.000", ""] },
    tag_stunting: {
      keterangan: "SP, SN atau TK; kosong = mengikuti bawaan kode kegiatan; tanda - = bukan stunting.",
      contoh: ["", "SN"],
    },
    paket_layanan: {
      keterangan:
        "kia, gizi, air_sanitasi, perlindungan_sosial, paud atau tata_kelola; kosong = bawaan; - = tidak ada.",
      contoh: ["gizi", ""],
    },
    indikator: {
      keterangan: "Kode indikator dipisah koma, misalnya ibu:4, anak:2.",
      contoh: ["ibu:4, anak:4", "ibu:6, anak:6"],
    },
    insentif_kpm: { keterangan: "Isi ya bila baris ini insentif/operasional KPM.", contoh: ["", ""] },
  },
  /** A stored value beside a field after a lost race (lib/apbdes/line-values.ts); tag and paket show the form's
   * option names. */
  conflict: {
    theirs: (value: string) => `Tersimpan oleh pengguna lain: ${value}`,
    empty: "(kosong)",
    none: "Tidak ada",
    yes: "Ya",
    no: "Tidak",
  },
  /** Sheets, titles and column headings of lib/apbdes/workbook.ts. */
  workbook: {
    linesSheet: "Baris APBDes",
    linesTitle: (desa: string, kode: string, tahun: number) => `APBDes ${desa} (${kode}) tahun ${tahun}`,
    linesSubtitle: (versi: string, status: string) => `Versi ${versi} · status ${status}`,
    linesPeriod: (tahun: number) => `tahun anggaran ${tahun}`,
    linesHead: [
      "No",
      "Kode kegiatan",
      "Nama kegiatan",
      "Uraian",
      "Kode rekening",
      "Sumber dana",
      "Volume",
      "Satuan",
      "Pagu",
      "Realisasi",
      "Tag stunting",
      "Paket layanan",
      "Indikator",
      "Insentif KPM",
    ],
    yes: "Ya",
    total: "Jumlah",
    recapSheet: "Rekap APBDes",
    recapTitle: (heading: string, tahun: number) => `Rekap APBDes ${heading} tahun ${tahun}`,
    recapNote: (draf: boolean, tanggal: string) =>
      `${draf ? "Termasuk draf: versi terakhir tiap desa apa pun statusnya" : "Hanya APBDes yang disetujui: perubahan yang disetujui bila ada, selain itu murni yang disetujui"}; porsi dan persentase dihitung dari jumlah, bukan rata-rata; sasaran 1.000 HPK aktif per ${tanggal}; pagu per sasaran total hanya atas desa yang punya APBDes terhitung; rupiah dibulatkan ke rupiah terdekat (setengah ke atas).`,
    pendingNote: (status: string) => `${status}, tidak dihitung`,
    /** The first three name the region columns; the export writes lib/excel-report.ts DESA_COLUMNS there. */
    recapHead: [
      "Kode",
      "Desa",
      "Kecamatan",
      "Versi",
      "Status",
      "Total pagu",
      "Pagu stunting",
      "Porsi stunting",
      "Realisasi",
      "Realisasi %",
      "Sasaran 1.000 HPK",
      "Pagu stunting per sasaran",
      "Insentif KPM",
      "Versi lebih baru (tidak dihitung)",
    ],
    templateSheet: "Baris",
    helpSheet: "Petunjuk",
    helpHead: ["Kolom", "Wajib", "Keterangan"],
    required: "ya",
  },
} as const;

/** Names of stored values; a value added in lib/enums.ts or lib/apbdes/codes.ts fails the type check until it has
 * one here. */
export const STATUS_LABELS = {
  draft: "Draf",
  diajukan: "Diajukan",
  disetujui: "Disetujui",
} satisfies Record<StatusApbdes, string>;

export const VERSI_LABELS = { murni: "Murni", perubahan: "Perubahan" } satisfies Record<VersiApbdes, string>;

export const TAG_LABELS = {
  SP: "Spesifik (SP)",
  SN: "Sensitif (SN)",
  TK: "Tata kelola (TK)",
} satisfies Record<StuntingTag, string>;

export const PAKET_LABELS = {
  kia: "KIA",
  gizi: "Konseling gizi",
  air_sanitasi: "Air bersih & sanitasi",
  perlindungan_sosial: "Perlindungan sosial",
  paud: "PAUD",
  tata_kelola: "Tata kelola",
} satisfies Record<PaketLayanan, string>;

export const BIDANG_NAMES = {
  1: "Penyelenggaraan Pemerintahan Desa",
  2: "Pelaksanaan Pembangunan Desa",
  3: "Pembinaan Kemasyarakatan Desa",
  4: "Pemberdayaan Masyarakat Desa",
  5: "Penanggulangan Bencana, Keadaan Darurat dan Mendesak",
} satisfies Record<Bidang, string>;

/** Copy of the server side of offline sync (POST /api/luring/kirim, GET /api/luring/data; docs/offline-sync.md).
 * The phone shows these messages beside the item the server refused. */
export const sinkronText = {
  receipt: {
    clientId: "Kode data dari perangkat tidak sah. Simpan ulang formulirnya.",
    typedAt: "Waktu pengetikan di perangkat tidak sah. Simpan ulang formulirnya.",
  },
  /** The body is no outbox item (400). */
  notAnItem: "Data dari perangkat tidak dapat dibaca. Buka formulirnya dan simpan ulang.",
  /** Over the size limit of one item (413). */
  tooLarge: "Data dari perangkat terlalu besar untuk dikirim.",
  /** GET /api/luring/data by anyone but the KPM of one desa (403). */
  desaKpmOnly: "Data luring hanya tersedia untuk KPM satu desa.",
} as const;

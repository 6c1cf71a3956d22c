/**
 * Demo APBDes for Kecamatan Mentok: an approved murni for the current and the previous year in every desa
 * (kelurahan have no APBDes), with realistic stunting lines next to government and road lines so that shares
 * mean something; Desa Belo Laut's current-year budget is still a draft.
 *
 * Deterministic, idempotent (does nothing once any APBDes exists), one transaction. No "server-only" here: it
 * runs from scripts and instrumentation.
 */
import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { apbdes, apbdesBaris, regions, users } from "../schema";
import { todayIso } from "@/lib/periods";

const MENTOK = "19.05.01";
/** Still being typed this year: shows the draft state in the recap. */
const DRAFT_DESA = "19.05.01.2006";

type Tag = "SP" | "SN" | "TK" | null;
type Template = {
  kegiatan: string;
  uraian: string;
  rekening: string;
  sumber: string;
  volume: number;
  satuan: string;
  pagu: number;
  tag: Tag;
  paket: string | null;
  indikator?: string[];
  insentifKpm?: boolean;
};

// A typical Bangka Barat desa budget (about Rp 1,2 miliar) at scale 1.
const LINES: Template[] = [
  {
    kegiatan: "1.1.01",
    uraian: "Penghasilan tetap dan tunjangan kepala desa",
    rekening: "5.1.1",
    sumber: "ADD",
    volume: 12,
    satuan: "bulan",
    pagu: 54_000_000,
    tag: null,
    paket: null,
  },
  {
    kegiatan: "1.1.02",
    uraian: "Penghasilan tetap dan tunjangan perangkat desa",
    rekening: "5.1.2",
    sumber: "ADD",
    volume: 12,
    satuan: "bulan",
    pagu: 312_000_000,
    tag: null,
    paket: null,
  },
  {
    kegiatan: "1.1.04",
    uraian: "Operasional pemerintah desa (ATK, listrik, internet)",
    rekening: "5.2.5",
    sumber: "ADD",
    volume: 1,
    satuan: "tahun",
    pagu: 45_000_000,
    tag: null,
    paket: null,
  },
  {
    kegiatan: "1.4.02",
    uraian: "Rembuk stunting desa",
    rekening: "5.2.1.06",
    sumber: "DDS",
    volume: 1,
    satuan: "kegiatan",
    pagu: 3_500_000,
    tag: "TK",
    paket: "tata_kelola",
  },
  {
    kegiatan: "2.1.01",
    uraian: "Honor pendidik dan operasional PAUD desa",
    rekening: "5.2.2.03",
    sumber: "DDS",
    volume: 12,
    satuan: "bulan",
    pagu: 36_000_000,
    tag: "SN",
    paket: "paud",
    indikator: ["paud:1"],
  },
  {
    kegiatan: "2.2.02",
    uraian: "PMT lokal balita gizi kurang dan ibu hamil KEK",
    rekening: "5.2.1.06",
    sumber: "DDS",
    volume: 12,
    satuan: "bulan",
    pagu: 30_000_000,
    tag: "SP",
    paket: "gizi",
    indikator: ["ibu:4", "ibu:5", "anak:4", "anak:5"],
  },
  {
    kegiatan: "2.2.02",
    uraian: "Insentif kader posyandu",
    rekening: "5.2.2.03",
    sumber: "DDS",
    volume: 12,
    satuan: "bulan",
    pagu: 24_000_000,
    tag: "SP",
    paket: "kia",
    indikator: ["anak:2", "anak:3"],
  },
  {
    kegiatan: "2.2.02",
    uraian: "Kelas ibu hamil dan konseling gizi",
    rekening: "5.2.1.06",
    sumber: "DDS",
    volume: 8,
    satuan: "pertemuan",
    pagu: 6_000_000,
    tag: "SP",
    paket: "gizi",
    indikator: ["ibu:1", "ibu:4"],
  },
  {
    kegiatan: "2.2.06",
    uraian: "Kelas Bina Keluarga Balita (BKB)",
    rekening: "5.2.1.06",
    sumber: "DDS",
    volume: 12,
    satuan: "pertemuan",
    pagu: 4_800_000,
    tag: "SN",
    paket: "paud",
    indikator: ["anak:10"],
  },
  {
    kegiatan: "3.4.91",
    uraian: "Insentif dan operasional KPM (pulsa, transport)",
    rekening: "5.2.2.03",
    sumber: "DDS",
    volume: 12,
    satuan: "bulan",
    pagu: 18_000_000,
    tag: "TK",
    paket: "tata_kelola",
    insentifKpm: true,
  },
  {
    kegiatan: "2.4.12",
    uraian: "Sambungan air bersih ke rumah tangga",
    rekening: "5.3.8",
    sumber: "DDS",
    volume: 40,
    satuan: "sambungan",
    pagu: 80_000_000,
    tag: "SN",
    paket: "air_sanitasi",
    indikator: ["ibu:6", "anak:6"],
  },
  {
    kegiatan: "2.4.90",
    uraian: "Jambanisasi keluarga miskin",
    rekening: "5.2.7.01",
    sumber: "DDS",
    volume: 15,
    satuan: "unit",
    pagu: 45_000_000,
    tag: "SN",
    paket: "air_sanitasi",
    indikator: ["ibu:7", "anak:7"],
  },
  {
    kegiatan: "1.3.01",
    uraian: "Pelayanan akta kelahiran dan KK",
    rekening: "5.2.5",
    sumber: "ADD",
    volume: 1,
    satuan: "tahun",
    pagu: 5_000_000,
    tag: "SN",
    paket: "perlindungan_sosial",
    indikator: ["anak:8"],
  },
  {
    kegiatan: "2.3.10",
    uraian: "Pengerasan jalan desa",
    rekening: "5.3.5",
    sumber: "DDS",
    volume: 350,
    satuan: "meter",
    pagu: 180_000_000,
    tag: null,
    paket: null,
  },
  {
    kegiatan: "2.3.01",
    uraian: "Pemeliharaan jalan desa",
    rekening: "5.2.6",
    sumber: "PAD",
    volume: 1,
    satuan: "paket",
    pagu: 25_000_000,
    tag: null,
    paket: null,
  },
  {
    kegiatan: "5.3.01",
    uraian: "BLT Dana Desa",
    rekening: "5.4.1",
    sumber: "DDS",
    volume: 12,
    satuan: "KPM",
    pagu: 43_200_000,
    tag: "SN",
    paket: "perlindungan_sosial",
    indikator: ["ibu:8", "anak:9"],
  },
];

/** Per desa: a budget scale and how lines differ (which KPM line, whether a jamban MCK is built). */
function linesFor(index: number): Template[] {
  const scale = [1, 0.9, 1.15, 0.8, 1.05][index % 5];
  const round = (n: number) => Math.round((n * scale) / 100_000) * 100_000;
  return LINES.flatMap((l) => {
    // One desa books its KPM incentive as a local health kegiatan instead of 3.4.91 (domain §9.3).
    if (l.insentifKpm && index % 3 === 2)
      return [{ ...l, kegiatan: "2.2.90", uraian: "Insentif KPM", pagu: round(l.pagu) }];
    if (l.kegiatan === "2.4.90" && index % 2 === 1)
      return [
        {
          ...l,
          kegiatan: "2.4.14",
          uraian: "Pembangunan MCK umum",
          rekening: "5.3.4",
          volume: 2,
          pagu: round(60_000_000),
        },
      ];
    return [{ ...l, pagu: l.rekening.startsWith("5.1") ? l.pagu : round(l.pagu) }];
  });
}

/** Cumulative realisasi: a finished year is spent to 85–98 %, the current year in proportion to its months. */
function realisasiOf(pagu: number, i: number, yearShare: number): number {
  const rate = Math.min(0.98, yearShare * (0.85 + ((i * 7) % 14) / 100));
  return Math.floor((pagu * rate) / 1000) * 1000;
}

export async function seedDemoApbdes(
  db: Db,
  opts: { today?: string } = {},
): Promise<{ apbdes: number; baris: number } | null> {
  const [existing] = await db.select({ n: count() }).from(apbdes);
  if ((existing?.n ?? 0) > 0) return null;
  const today = opts.today ?? todayIso();
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const desa = await db
    .select({ kode: regions.kode })
    .from(regions)
    .where(and(eq(regions.parentKode, MENTOK), eq(regions.jenis, "desa")))
    .orderBy(asc(regions.kode));
  const staff = await db
    .select({ id: users.id, role: users.role, scopeKode: users.scopeKode })
    .from(users)
    .where(inArray(users.role, ["perangkat_desa", "kepala_desa"]));
  const staffOf = (kode: string, role: "perangkat_desa" | "kepala_desa") =>
    staff.find((u) => u.scopeKode === kode && u.role === role)?.id ?? null;

  let nLines = 0;
  let nHeaders = 0;
  await db.transaction(async (tx) => {
    const [again] = await tx.select({ n: count() }).from(apbdes);
    if ((again?.n ?? 0) > 0) return;
    for (const [index, d] of desa.entries()) {
      for (const tahun of [year - 1, year]) {
        const draft = tahun === year && d.kode === DRAFT_DESA;
        const operator = staffOf(d.kode, "perangkat_desa") ?? staffOf(d.kode, "kepala_desa");
        const approvedAt = new Date(Date.UTC(tahun - 1, 11, 20));
        const [header] = await tx
          .insert(apbdes)
          .values({
            kodeWilayah: d.kode,
            tahun,
            versi: "murni",
            status: draft ? "draft" : "disetujui",
            diajukanOleh: draft ? null : operator,
            diajukanAt: draft ? null : new Date(Date.UTC(tahun - 1, 11, 10)),
            disetujuiOleh: draft ? null : staffOf(d.kode, "kepala_desa"),
            disetujuiAt: draft ? null : approvedAt,
          })
          .returning({ id: apbdes.id });
        const yearShare = tahun < year ? 1 : draft ? 0 : month / 12;
        const lines = linesFor(index).map((l, i) => ({
          apbdesId: header.id,
          kodeWilayah: d.kode,
          kodeKegiatan: l.kegiatan,
          uraian: l.uraian,
          kodeRekening: l.rekening,
          sumberDana: l.sumber,
          volume: l.volume,
          satuan: l.satuan,
          pagu: l.pagu,
          realisasi: realisasiOf(l.pagu, i + index, yearShare),
          stuntingTag: l.tag,
          paketLayanan: l.paket,
          indikator: l.indikator ?? [],
          insentifKpm: l.insentifKpm ?? false,
          createdBy: operator,
        }));
        await tx.insert(apbdesBaris).values(lines);
        nHeaders += 1;
        nLines += lines.length;
      }
    }
  });
  return nHeaders ? { apbdes: nHeaders, baris: nLines } : null;
}

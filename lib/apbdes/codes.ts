/** Budget codes as they arrive from people and from Siskeudes/OpenSID exports, brought to one canonical form
 * (domain §9.1, §9.4, §9.5). Pure: the reference lists are passed in. */

import { apbdesText } from "@/lib/i18n/apbdes";
import { STUNTING_TAGS, type StuntingTag } from "@/lib/enums";

/** Paket layanan a budget line can serve (stored as text in apbdes_baris.paket_layanan). */
export const PAKET_LAYANAN = ["kia", "gizi", "air_sanitasi", "perlindungan_sosial", "paud", "tata_kelola"] as const;
export type PaketLayanan = (typeof PAKET_LAYANAN)[number];

/** The five bidang of Permendagri 20/2018, the first part of a kegiatan code. */
export const BIDANG = [1, 2, 3, 4, 5] as const;
export type Bidang = (typeof BIDANG)[number];

export function isPaket(v: string | null | undefined): v is PaketLayanan {
  return !!v && (PAKET_LAYANAN as readonly string[]).includes(v);
}

export function isTag(v: string | null | undefined): v is StuntingTag {
  return !!v && (STUNTING_TAGS as readonly string[]).includes(v);
}

/** `02.02.02.`, `2.2.2`, `020202` → `2.2.02`; `5.3.00` → `5.3.01` (the reference list numbers bidang 5 with 01). */
export function normalizeKegiatanKode(input: string): string | null {
  const s = input.trim().replace(/\.+$/, "");
  let parts: string[];
  if (/^\d{6}$/.test(s)) parts = [s.slice(0, 2), s.slice(2, 4), s.slice(4, 6)];
  else if (/^\d{1,2}\.\d{1,2}\.\d{1,2}$/.test(s)) parts = s.split(".");
  else return null;
  const [bidang, sub, kegiatan] = parts.map(Number);
  if (bidang < 1 || bidang > 5 || sub < 1 || sub > 9) return null;
  const k = bidang === 5 && kegiatan === 0 ? 1 : kegiatan;
  return `${bidang}.${sub}.${String(k).padStart(2, "0")}`;
}

export function bidangOf(kode: string): number {
  return Number(kode.split(".")[0]);
}

export function subBidangOf(kode: string): string {
  return kode.split(".").slice(0, 2).join(".");
}

/** Numbers 90–99 of each sub-bidang are local "lain-lain" slots whose names vary by district. */
export function isLocalSlot(kode: string): boolean {
  const n = Number(kode.split(".")[2]);
  return n >= 90 && n <= 99;
}

export type KegiatanRef = { nama: string; subBidang: string; stuntingTag: string | null; paketLayanan: string | null };

export type KegiatanResolution =
  | { ok: true; kode: string; nama: string; stuntingTag: string | null; paketLayanan: string | null; lokal: boolean }
  | { ok: false; error: "format" | "tidak_dikenal" };

/** A known code, or a 90–99 slot of a known sub-bidang (no default tag: the district decides what it is). */
export function resolveKegiatan(input: string, ref: ReadonlyMap<string, KegiatanRef>): KegiatanResolution {
  const kode = normalizeKegiatanKode(input);
  if (!kode) return { ok: false, error: "format" };
  const known = ref.get(kode);
  if (known)
    return {
      ok: true,
      kode,
      nama: known.nama,
      stuntingTag: known.stuntingTag,
      paketLayanan: known.paketLayanan,
      lokal: false,
    };
  if (isLocalSlot(kode)) {
    const sub = subBidangOf(kode);
    for (const [k, v] of ref) {
      if (subBidangOf(k) === sub)
        return {
          ok: true,
          kode,
          nama: apbdesText.codes.kegiatanLokal(v.subBidang),
          stuntingTag: null,
          paketLayanan: null,
          lokal: true,
        };
    }
  }
  return { ok: false, error: "tidak_dikenal" };
}

/** Belanja codes `5.x.y` or `5.x.y.zz` (Akun . Kelompok . Jenis . Objek); `5.2.1.6.` → `5.2.1.06`. */
export function normalizeRekening(input: string): string | null {
  const s = input.trim().replace(/\.+$/, "");
  const m = /^5\.([1-4])\.(\d{1,2})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const jenis = Number(m[2]);
  if (jenis < 1) return null;
  return m[3] === undefined ? `5.${m[1]}.${jenis}` : `5.${m[1]}.${jenis}.${m[3].padStart(2, "0")}`;
}

/** Jenis part (`5.2.7`) of a rekening code: objek codes outside the short reference list are accepted as long
 * as their jenis exists. */
export function rekeningJenis(kode: string): string {
  return kode.split(".").slice(0, 3).join(".");
}

// Free-text labels seen in published APBDes tables, compared without spaces, dots, dashes or underscores.
const SUMBER_ALIASES: Record<string, string> = {
  DD: "DDS",
  DDAPBN: "DDS",
  DANADESA: "DDS",
  APBN: "DDS",
  ADDAPBD: "ADD",
  ALOKASIDANADESA: "ADD",
  BANPROV: "PBP",
  BANTUANPROVINSI: "PBP",
  BKP: "PBP",
  BANKAB: "PBK",
  BANTUANKABUPATEN: "PBK",
  BKK: "PBK",
  BHP: "PBH",
  BHPR: "PBH",
  BAGIHASIL: "PBH",
  BAGIHASILPAJAK: "PBH",
  SWADAYA: "SWD",
  LAINLAIN: "PDL",
  SILPADDS: "SILPA",
  SILPADD: "SILPA",
  SILPAADD: "SILPA",
};

/** `DD-APBN` → `DDS`, `ban-prov` → `PBP`; null when empty or not a known source. */
export function normalizeSumberDana(input: string, known: ReadonlySet<string>): string | null {
  const upper = input.trim().toUpperCase();
  if (!upper) return null;
  if (known.has(upper)) return upper;
  const key = upper.replace(/[\s.\-_/]/g, "");
  if (known.has(key)) return key;
  const alias = SUMBER_ALIASES[key];
  return alias && known.has(alias) ? alias : null;
}

import { describe, expect, it } from "vitest";
import {
  isLocalSlot,
  normalizeKegiatanKode,
  normalizeRekening,
  normalizeSumberDana,
  resolveKegiatan,
  type KegiatanRef,
} from "./codes";

const REF = new Map<string, KegiatanRef>([
  ["2.2.02", { nama: "Penyelenggaraan Posyandu", subBidang: "Kesehatan", stuntingTag: "SP", paketLayanan: "gizi" }],
  [
    "3.4.91",
    { nama: "Kader Pembangunan", subBidang: "Kelembagaan Masyarakat", stuntingTag: "TK", paketLayanan: "tata_kelola" },
  ],
  [
    "5.3.01",
    {
      nama: "Penanganan Keadaan Mendesak",
      subBidang: "Keadaan Mendesak",
      stuntingTag: "SN",
      paketLayanan: "perlindungan_sosial",
    },
  ],
]);
const SUMBER = new Set(["DDS", "ADD", "PBH", "PAD", "PBP", "PBK", "SWD", "PDL", "DLL", "SILPA"]);

describe("kegiatan codes", () => {
  it("normalises Siskeudes and sloppy spellings to B.S.KK", () => {
    expect(normalizeKegiatanKode("02.02.02.")).toBe("2.2.02");
    expect(normalizeKegiatanKode("2.2.02")).toBe("2.2.02");
    expect(normalizeKegiatanKode(" 2.2.2 ")).toBe("2.2.02");
    expect(normalizeKegiatanKode("020202")).toBe("2.2.02");
    expect(normalizeKegiatanKode("03.04.91.")).toBe("3.4.91");
  });

  it("treats bidang 5 numbered 00 (regulation) and 01 (Siskeudes) as the same kegiatan", () => {
    expect(normalizeKegiatanKode("5.3.00")).toBe("5.3.01");
    expect(normalizeKegiatanKode("05.03.01.")).toBe("5.3.01");
    expect(resolveKegiatan("5.3.00", REF)).toMatchObject({ ok: true, kode: "5.3.01", stuntingTag: "SN" });
  });

  it("refuses what is not a kegiatan code", () => {
    for (const s of ["", "2.2", "6.1.01", "0.1.01", "2.0.01", "abc", "2.2.02.01", "2.2.100"])
      expect(normalizeKegiatanKode(s), s).toBeNull();
  });

  it("accepts 90–99 local slots of a known sub-bidang without a default tag", () => {
    expect(isLocalSlot("2.2.90")).toBe(true);
    expect(isLocalSlot("2.2.89")).toBe(false);
    expect(resolveKegiatan("02.02.95.", REF)).toMatchObject({
      ok: true,
      kode: "2.2.95",
      lokal: true,
      stuntingTag: null,
    });
    expect(resolveKegiatan("4.4.93", REF)).toEqual({ ok: false, error: "tidak_dikenal" });
    expect(resolveKegiatan("2.2.50", REF)).toEqual({ ok: false, error: "tidak_dikenal" });
    expect(resolveKegiatan("x", REF)).toEqual({ ok: false, error: "format" });
  });
});

describe("rekening and sumber dana", () => {
  it("normalises belanja codes and refuses other accounts", () => {
    expect(normalizeRekening("5.2.7.01")).toBe("5.2.7.01");
    expect(normalizeRekening("5.2.1.6.")).toBe("5.2.1.06");
    expect(normalizeRekening("5.3.2")).toBe("5.3.2");
    for (const s of ["4.2.1", "5.5.1", "5.2", "5.2.x", "6.1.1.01", "5.2.0"]) expect(normalizeRekening(s), s).toBeNull();
  });

  it("maps published free-text labels to Siskeudes codes", () => {
    expect(normalizeSumberDana("DDS", SUMBER)).toBe("DDS");
    expect(normalizeSumberDana("dd-apbn", SUMBER)).toBe("DDS");
    expect(normalizeSumberDana("Dana Desa", SUMBER)).toBe("DDS");
    expect(normalizeSumberDana("BAN-PROV", SUMBER)).toBe("PBP");
    expect(normalizeSumberDana("add", SUMBER)).toBe("ADD");
    expect(normalizeSumberDana("SiLPA DDS", SUMBER)).toBe("SILPA");
    expect(normalizeSumberDana("", SUMBER)).toBeNull();
    expect(normalizeSumberDana("APBD-X", SUMBER)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { addDaysIso, todayIso } from "@/lib/periods";
import { JENIS_KEGIATAN } from "@/lib/enums";
import { neighbourMonths, parseKegiatanParams } from "./month";
import { exportFileName, totalsByJenis } from "./report";
import { createKegiatanSchema } from "./schemas";

const base = { kode: "19.05.01.2004", jenis: "kie", tanggal: todayIso(), tempat: "Balai Desa", jumlahPeserta: "12" };
const errorsOf = (input: Record<string, string>) => {
  const r = createKegiatanSchema.safeParse(input);
  return r.success ? {} : z.flattenError(r.error).fieldErrors;
};

describe("kegiatan form schema", () => {
  it("accepts a complete KIE entry and reads the number", () => {
    expect(createKegiatanSchema.parse(base)).toMatchObject({ jumlahPeserta: 12, catatan: null, sasaranIds: [] });
  });

  it("refuses a future date, an empty or negative or fractional participant count", () => {
    expect(errorsOf({ ...base, tanggal: addDaysIso(todayIso(), 1) }).tanggal).toEqual([
      "Tanggal tidak boleh di masa depan.",
    ]);
    expect(errorsOf({ ...base, tanggal: "2026-02-30" }).tanggal?.[0]).toBe("Tanggal tidak valid.");
    expect(errorsOf({ ...base, jumlahPeserta: "" }).jumlahPeserta).toEqual(["Jumlah peserta wajib diisi."]);
    expect(errorsOf({ ...base, jumlahPeserta: "-1" }).jumlahPeserta?.[0]).toMatch(/negatif/);
    expect(errorsOf({ ...base, jumlahPeserta: "2,5" }).jumlahPeserta?.[0]).toMatch(/angka/);
    expect(errorsOf({ ...base, jumlahPeserta: "2.5" }).jumlahPeserta?.[0]).toMatch(/bulat/);
  });

  it("ties visited targets to home visits only, and reports it together with other errors", () => {
    expect(errorsOf({ ...base, jenis: "kunjungan_rumah", tempat: "" })).toMatchObject({
      tempat: ["Tempat wajib diisi."],
      sasaranIds: ["Pilih minimal satu sasaran yang dikunjungi."],
    });
    expect(errorsOf({ ...base, sasaranIds: "4" }).sasaranIds).toEqual(["Sasaran hanya dipilih untuk kunjungan rumah."]);
    expect(createKegiatanSchema.parse({ ...base, jenis: "kunjungan_rumah", sasaranIds: "4,7,4" }).sasaranIds).toEqual([
      4, 7,
    ]);
    expect(errorsOf({ ...base, jenis: "kunjungan_rumah", sasaranIds: "4,x" }).sasaranIds).toEqual([
      "Pilihan sasaran tidak valid.",
    ]);
  });
});

describe("kegiatan month and report helpers", () => {
  it("falls back to the current month on a bad ?bulan and steps across years", () => {
    const now = new Date("2026-11-22T20:00:00Z"); // already 23 Nov in Jakarta
    expect(parseKegiatanParams({ bulan: "2026-13" }, now).bulan).toEqual({ tahun: 2026, bulan: 11 });
    expect(parseKegiatanParams({ bulan: ["2025-01", "x"] }, now).bulan).toEqual({ tahun: 2025, bulan: 1 });
    expect(parseKegiatanParams({ pesan: "constructor" }, now).pesan).toBeUndefined();
    expect(parseKegiatanParams({ pesan: "dihapus" }, now).pesan).toBe("dihapus");
    expect(neighbourMonths({ tahun: 2026, bulan: 1 })).toEqual({ prev: "2025-12", next: "2026-02" });
  });

  it("totals every kind, zero rows included, in a fixed order", () => {
    const totals = totalsByJenis([
      { jenis: "kie", jumlahPeserta: 10 },
      { jenis: "kie", jumlahPeserta: 5 },
      { jenis: "kunjungan_rumah", jumlahPeserta: 2 },
    ]);
    expect(totals.map((t) => t.jenis)).toEqual([...JENIS_KEGIATAN]);
    expect(totals[0]).toEqual({ jenis: "kie", kegiatan: 2, peserta: 15 });
    expect(totals[4]).toEqual({ jenis: "lainnya", kegiatan: 0, peserta: 0 });
  });

  it("names the export file by desa code and month", () => {
    expect(exportFileName("19.05.01.2004", "2026-11")).toBe("kegiatan-kpm-19.05.01.2004-2026-11.xlsx");
  });
});

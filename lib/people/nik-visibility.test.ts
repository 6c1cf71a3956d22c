import { describe, expect, it } from "vitest";
import { maskNikDeep, maskNiksForAudit, nikFor, seesFullNik } from "./nik-visibility";

const NIK = "1905015203950007";
const MASKED = "190501••••••••••";
const AIR_PUTIH = "19.05.01.2004";

describe("who sees a NIK in full", () => {
  it("the desa's own desa-level roles", () => {
    for (const role of ["kpm", "perangkat_desa", "kepala_desa"] as const) {
      expect(nikFor({ role, scopeKode: AIR_PUTIH }, NIK, AIR_PUTIH)).toBe(NIK);
      expect(seesFullNik({ role, scopeKode: AIR_PUTIH }, AIR_PUTIH)).toBe(true);
    }
  });
  it("nobody else: another desa's KPM, kecamatan, kabupaten and admin get the region digits only", () => {
    const others = [
      { role: "kpm", scopeKode: "19.05.01.2006" },
      { role: "kecamatan", scopeKode: "19.05.01" },
      { role: "kabupaten", scopeKode: "19.05" },
      { role: "admin", scopeKode: "19.05" },
    ] as const;
    for (const viewer of others) {
      expect(nikFor(viewer, NIK, AIR_PUTIH)).toBe(MASKED);
      expect(seesFullNik(viewer, AIR_PUTIH)).toBe(false);
    }
  });
  it("no NIK stays empty", () => {
    expect(nikFor({ role: "admin", scopeKode: "19.05" }, null, AIR_PUTIH)).toBeNull();
  });
});

describe("audit entries", () => {
  const admin = { role: "admin", scopeKode: "19.05" } as const;
  const kpm = { role: "kpm", scopeKode: AIR_PUTIH } as const;

  it("on read, nik fields follow nikFor, and a NIK anywhere else is masked for everyone", () => {
    const row = { nama: "Rina", nik: NIK, anak: [{ nik: NIK }], catatan: `KK ${NIK}` };
    const out = maskNikDeep(admin, row, AIR_PUTIH);
    expect(JSON.stringify(out)).not.toContain(NIK);
    expect(out).toMatchObject({ nama: "Rina", nik: MASKED, catatan: `KK ${MASKED}` });
    expect(maskNikDeep(kpm, row, AIR_PUTIH)).toMatchObject({ nik: NIK, catatan: `KK ${MASKED}` });
  });

  it("a search term keeps no digit run that could be part of a NIK, also in old rows", () => {
    const filter = { filter: { q: "rina 48100402", status: "aktif" }, jumlah: 1 };
    expect(maskNikDeep(kpm, filter, AIR_PUTIH)).toEqual({ filter: { q: "rina ••••••••", status: "aktif" }, jumlah: 1 });
    expect(maskNiksForAudit("sasaran", { filter: { q: NIK } })).toEqual({ filter: { q: "•".repeat(16) } });
  });

  it("on write, every NIK-like run is masked except the target's own nik field (masked on read by nikFor)", () => {
    const snapshot = { id: 4, nik: NIK, nama: `Rina ${NIK}`, lahir: "1995-03-12", n: 7 };
    expect(maskNiksForAudit("sasaran", snapshot)).toEqual({ ...snapshot, nama: `Rina ${MASKED}` });
    expect(maskNiksForAudit("posyandu", { nik: NIK })).toEqual({ nik: MASKED });
    expect(maskNiksForAudit("sasaran", { ibu: { nik: NIK } })).toEqual({ ibu: { nik: MASKED } });
    expect(maskNiksForAudit("sasaran", null)).toBeNull();
    const d = new Date("2026-05-01T00:00:00Z");
    expect(maskNiksForAudit("sasaran", { at: d })).toEqual({ at: d });
  });
});

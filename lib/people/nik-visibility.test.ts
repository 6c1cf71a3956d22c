import { describe, expect, it } from "vitest";
import { maskNikDeep, nikFor } from "./nik-visibility";

const NIK = "1905015203950007";
const AIR_PUTIH = "19.05.01.2004";

describe("who sees a NIK in full", () => {
  it("desa-level roles of that desa see it in full", () => {
    for (const role of ["kpm", "perangkat_desa", "kepala_desa"] as const) {
      expect(nikFor({ role, scopeKode: AIR_PUTIH }, NIK, AIR_PUTIH)).toBe(NIK);
    }
  });
  it("a desa-level role of another desa sees it masked", () => {
    expect(nikFor({ role: "kpm", scopeKode: "19.05.01.2006" }, NIK, AIR_PUTIH)).toBe("1905••••••••0007");
  });
  it("kecamatan, kabupaten and admin see it masked", () => {
    expect(nikFor({ role: "kecamatan", scopeKode: "19.05.01" }, NIK, AIR_PUTIH)).toBe("1905••••••••0007");
    expect(nikFor({ role: "kabupaten", scopeKode: "19.05" }, NIK, AIR_PUTIH)).toBe("1905••••••••0007");
    expect(nikFor({ role: "admin", scopeKode: "19.05" }, NIK, AIR_PUTIH)).toBe("1905••••••••0007");
  });
  it("no NIK stays empty", () => {
    expect(nikFor({ role: "admin", scopeKode: "19.05" }, null, AIR_PUTIH)).toBeNull();
  });
  it("masks nik fields nested in audit snapshots", () => {
    const out = maskNikDeep(
      { role: "kabupaten", scopeKode: "19.05" },
      { nama: "Rina", nik: NIK, anak: [{ nik: NIK }] },
      AIR_PUTIH,
    );
    expect(JSON.stringify(out)).not.toContain(NIK);
    expect(out).toMatchObject({ nama: "Rina", nik: "1905••••••••0007" });
  });
});

import { describe, expect, it } from "vitest";
import { can, CAPABILITIES, PERMISSIONS, ROLES } from "./permissions";

describe("permission table", () => {
  it("has an entry for every role, naming only known capabilities", () => {
    for (const role of ROLES) {
      expect(PERMISSIONS[role].length).toBeGreaterThan(0);
      for (const cap of PERMISSIONS[role]) expect(CAPABILITIES).toContain(cap);
    }
  });
  it("lets only desa staff write APBDes, and only the kepala desa approve it", () => {
    expect(ROLES.filter((r) => can(r, "apbdes:write"))).toEqual(["perangkat_desa", "kepala_desa", "admin"]);
    expect(ROLES.filter((r) => can(r, "apbdes:approve"))).toEqual(["kepala_desa", "admin"]);
  });
  it("lets only the KPM (and admin) enter monitoring data", () => {
    expect(ROLES.filter((r) => can(r, "pemantauan:write"))).toEqual(["kpm", "admin"]);
    expect(ROLES.filter((r) => can(r, "sasaran:write"))).toEqual(["kpm", "admin"]);
  });
  it("keeps kecamatan and kabupaten read-only on village data", () => {
    for (const role of ["kecamatan", "kabupaten"] as const) {
      expect(can(role, "sasaran:write")).toBe(false);
      expect(can(role, "pemantauan:write")).toBe(false);
      expect(can(role, "apbdes:write")).toBe(false);
      expect(can(role, "wilayah:read")).toBe(true);
    }
  });
  it("reserves period unlocking and account management to admin", () => {
    expect(ROLES.filter((r) => can(r, "period:unlock"))).toEqual(["admin"]);
    expect(ROLES.filter((r) => can(r, "users:manage"))).toEqual(["admin"]);
  });
});

describe("own account", () => {
  it("every role may change its own password", () => {
    for (const role of ROLES) expect(can(role, "account:password")).toBe(true);
  });
  it("audit is read by admin and kabupaten only", () => {
    expect(ROLES.filter((r) => can(r, "audit:read"))).toEqual(["kabupaten", "admin"]);
  });
});

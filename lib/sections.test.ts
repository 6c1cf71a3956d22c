import { describe, expect, it } from "vitest";
import { CAPABILITIES, ROLES } from "@/lib/auth/permissions";
import { SECTION_KEYS, SECTIONS, sectionAt, sectionLevels, tabsFor } from "./sections";

describe("region sections", () => {
  it("shows each role the tabs of its level (a KPM has no KPM-performance tab)", () => {
    const district = ["", "scorecard", "apbdes", "kpm"];
    const village = ["", "sasaran", "pemantauan", "scorecard", "apbdes", "kegiatan", "posyandu"];
    for (const role of ROLES) {
      const segments = (level: Parameters<typeof tabsFor>[1]) => tabsFor(role, level).map((s) => s.segment);
      expect(segments("kabupaten"), role).toEqual(role === "kpm" ? ["", "scorecard", "apbdes"] : district);
      expect(segments("kecamatan"), role).toEqual(role === "kpm" ? ["", "scorecard", "apbdes"] : district);
      expect(segments("desa"), role).toEqual(village);
      expect(segments("kelurahan"), role).toEqual(village);
      expect(segments("provinsi"), role).toEqual([]);
    }
  });

  it("writes and downloads only where the section exists; APBDes writes only at a desa", () => {
    for (const key of SECTION_KEYS) {
      for (const use of ["write", "export"] as const)
        for (const level of sectionLevels(key, use)) expect(sectionAt(key, level), `${key} ${use} ${level}`).toBe(true);
    }
    expect(sectionLevels("apbdes", "write")).toEqual(["desa"]);
    expect(sectionAt("apbdes", "kelurahan", "export")).toBe(false);
    expect(sectionAt("apbdes", "kelurahan")).toBe(true);
    expect(sectionLevels("kpm", "export")).toEqual(["kabupaten", "kecamatan"]);
  });

  it("names real capabilities and distinct segments", () => {
    const caps: readonly string[] = CAPABILITIES;
    for (const s of Object.values(SECTIONS) as Array<{ read: string; write?: string }>) {
      expect(caps).toContain(s.read);
      if (s.write) expect(caps).toContain(s.write);
    }
    const segments = SECTION_KEYS.map((k) => SECTIONS[k].segment);
    expect(new Set(segments).size).toBe(segments.length);
  });
});

import { describe, expect, it } from "vitest";
import { markDuplicates, type DuplicateLine } from "./duplicates";

const l = (over: Partial<DuplicateLine> = {}): DuplicateLine => ({
  kodeKegiatan: "2.2.02",
  kodeRekening: "5.2.1.06",
  sumberDana: "DDS",
  pagu: 12_500_000,
  ...over,
});

describe("markDuplicates", () => {
  it("flags a line equal on kegiatan, rekening, sumber dana and pagu", () => {
    expect(markDuplicates([l()], [l()])).toEqual([true]);
  });

  it("any differing key field makes the line new", () => {
    const existing = [l()];
    expect(
      markDuplicates(
        [
          l({ kodeKegiatan: "2.2.06" }),
          l({ kodeRekening: "5.2.7.01" }),
          l({ sumberDana: "ADD" }),
          l({ pagu: 12_500_001 }),
        ],
        existing,
      ),
    ).toEqual([false, false, false, false]);
  });

  it("ignores the other fields and does not compare the file's lines with each other", () => {
    const imported = [{ ...l(), uraian: "Lain" }, l({ pagu: 1 }), l({ pagu: 1 })];
    expect(markDuplicates(imported, [l()])).toEqual([true, false, false]);
    expect(markDuplicates(imported, [])).toEqual([false, false, false]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffApbdes, diffKey, type ApbdesDiff, type DiffLine } from "./diff";

const line = (kodeKegiatan: string, pagu: number, over: Partial<DiffLine> = {}): DiffLine => ({
  kodeKegiatan,
  kodeRekening: "5.2.1.06",
  sumberDana: "DDS",
  uraian: `Uraian ${kodeKegiatan}`,
  pagu,
  ...over,
});

/** Pagu per key after applying the diff to the murni: what the perubahan should hold. */
function applyDiff(murni: DiffLine[], diff: ApbdesDiff): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of murni) out.set(diffKey(l), (out.get(diffKey(l)) ?? 0) + l.pagu);
  for (const e of diff.removed) out.delete(diffKey(e));
  for (const e of diff.changed) out.set(diffKey(e), (out.get(diffKey(e)) ?? 0) + e.selisih);
  for (const e of diff.added) out.set(diffKey(e), e.paguPerubahan);
  return out;
}

function perKey(lines: DiffLine[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of lines) out.set(diffKey(l), (out.get(diffKey(l)) ?? 0) + l.pagu);
  return out;
}

describe("diffApbdes", () => {
  it("lists added, removed and changed keys with old → new pagu and the totals", () => {
    const murni = [line("2.2.02", 10_000_000), line("2.4.12", 40_000_000), line("3.4.91", 6_000_000)];
    const perubahan = [
      line("2.2.02", 12_500_000, { uraian: "PMT balita (ditambah)" }),
      line("3.4.91", 6_000_000),
      line("2.2.06", 4_800_000),
    ];
    const d = diffApbdes(murni, perubahan);
    expect(d.added.map((e) => [e.kodeKegiatan, e.paguMurni, e.paguPerubahan])).toEqual([["2.2.06", 0, 4_800_000]]);
    expect(d.removed.map((e) => [e.kodeKegiatan, e.paguMurni, e.selisih])).toEqual([
      ["2.4.12", 40_000_000, -40_000_000],
    ]);
    expect(d.changed).toEqual([
      {
        kodeKegiatan: "2.2.02",
        kodeRekening: "5.2.1.06",
        sumberDana: "DDS",
        uraian: ["PMT balita (ditambah)", "Uraian 2.2.02"],
        paguMurni: 10_000_000,
        paguPerubahan: 12_500_000,
        selisih: 2_500_000,
      },
    ]);
    expect(d.unchanged).toBe(1);
    expect(d.totals).toEqual({
      murni: 56_000_000,
      perubahan: 23_300_000,
      selisih: -32_700_000,
      ditambah: 4_800_000,
      dihapus: 40_000_000,
      diubah: 2_500_000,
    });
  });

  it("matches on kegiatan, rekening and sumber dana: another sumber dana is another line", () => {
    const d = diffApbdes([line("2.2.02", 5)], [line("2.2.02", 5, { sumberDana: "ADD" })]);
    expect(d.added).toHaveLength(1);
    expect(d.removed).toHaveLength(1);
    expect(d.unchanged).toBe(0);
  });

  it("sums lines sharing a key: a line split in two with the same pagu is no change", () => {
    const d = diffApbdes(
      [line("2.2.02", 10, { uraian: "PMT" })],
      [line("2.2.02", 4, { uraian: "PMT bumil" }), line("2.2.02", 6, { uraian: "PMT balita" })],
    );
    expect(d).toMatchObject({ added: [], removed: [], changed: [], unchanged: 1 });
  });

  it("an unchanged perubahan has nothing listed", () => {
    const lines = [line("2.2.02", 1), line("2.1.01", 2)];
    expect(diffApbdes(lines, lines)).toMatchObject({ added: [], removed: [], changed: [], unchanged: 2 });
  });

  it("property: applying the diff to the murni gives the perubahan, per key and in total", () => {
    const arbLine = fc.record({
      kodeKegiatan: fc.constantFrom("2.2.02", "2.2.06", "2.4.12", "3.4.91"),
      kodeRekening: fc.constantFrom("5.2.1.06", "5.3.8"),
      sumberDana: fc.constantFrom("DDS", "ADD"),
      uraian: fc.constantFrom("a", "b"),
      pagu: fc.integer({ min: 0, max: 1_000_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 12 }), fc.array(arbLine, { maxLength: 12 }), (murni, perubahan) => {
        const d = diffApbdes(murni, perubahan);
        const expected = perKey(perubahan);
        const applied = applyDiff(murni, d);
        for (const [k, v] of expected) expect(applied.get(k)).toBe(v);
        expect(applied.size).toBe(expected.size);
        const { murni: m, perubahan: p, selisih, ditambah, dihapus, diubah } = d.totals;
        expect(m + ditambah - dihapus + diubah).toBe(p);
        expect(selisih).toBe(p - m);
        expect(d.added.length + d.changed.length + d.unchanged).toBe(expected.size);
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { countSkdn, namesOf, skdnRatio, skdnStatus, type SkdnChild } from "./skdn";

const LAHIR = "2023-01-15"; // 37–38 months in March 2026: KBM 200 g
const base: SkdnChild = {
  id: 1,
  nama: "A",
  posyanduId: 1,
  kelompok: "balita_24_59",
  tanggalLahir: LAHIR,
  punyaKia: false,
  bulanIni: null,
  bulanLalu: null,
  duaBulanLalu: null,
  pernahSebelumnya: false,
};
const now = (beratKg: number, waz: number | null = 0) => ({ tanggalUkur: "2026-03-20", beratKg, waz });
const feb = (beratKg: number) => ({ tanggalUkur: "2026-02-20", beratKg });
const jan = (beratKg: number) => ({ tanggalUkur: "2026-01-20", beratKg });

describe("skdnStatus", () => {
  it("not weighed: in S only", () => {
    expect(skdnStatus({ ...base, pernahSebelumnya: true, bulanLalu: feb(12) })).toEqual({
      D: false,
      hasil: null,
      duaT: false,
      BGM: false,
      bbKurang: false,
    });
  });
  it("N, T, O, B partition D", () => {
    const seen = { pernahSebelumnya: true };
    expect(skdnStatus({ ...base, ...seen, bulanIni: now(12.2), bulanLalu: feb(12) }).hasil).toBe("N");
    expect(skdnStatus({ ...base, ...seen, bulanIni: now(12.1), bulanLalu: feb(12) }).hasil).toBe("T");
    expect(skdnStatus({ ...base, ...seen, bulanIni: now(12.5) }).hasil).toBe("O");
    expect(skdnStatus({ ...base, bulanIni: now(12.5) }).hasil).toBe("B");
  });
  it("2T needs T last month too", () => {
    const c = { ...base, pernahSebelumnya: true, bulanIni: now(12.1), bulanLalu: feb(12), duaBulanLalu: jan(11.9) };
    expect(skdnStatus(c).duaT).toBe(true);
    expect(skdnStatus({ ...c, duaBulanLalu: jan(11.8) }).duaT).toBe(false);
    expect(skdnStatus({ ...c, duaBulanLalu: null }).duaT).toBe(false);
  });
  it("BGM below −3, BB kurang below −2, none without a WAZ", () => {
    expect(skdnStatus({ ...base, bulanIni: now(9, -3.01) })).toMatchObject({ BGM: true, bbKurang: true });
    expect(skdnStatus({ ...base, bulanIni: now(9, -3) })).toMatchObject({ BGM: false, bbKurang: true });
    expect(skdnStatus({ ...base, bulanIni: now(9, -2) })).toMatchObject({ BGM: false, bbKurang: false });
    expect(skdnStatus({ ...base, bulanIni: now(9, null) })).toMatchObject({ BGM: false, bbKurang: false });
  });
});

describe("countSkdn", () => {
  it("sums per group and for 0–59", () => {
    const t = countSkdn([
      { ...base, punyaKia: true, bulanIni: now(12.2), bulanLalu: feb(12), pernahSebelumnya: true },
      { ...base, id: 2, nama: "B", kelompok: "anak_0_23", tanggalLahir: "2026-02-01", bulanIni: now(4) },
    ]);
    expect(t.balita_24_59).toMatchObject({ S: 1, K: 1, D: 1, N: 1 });
    expect(t.anak_0_23).toMatchObject({ S: 1, K: 0, D: 1, B: 1 });
    expect(t.semua).toMatchObject({ S: 2, K: 1, D: 2, N: 1, B: 1, T: 0 });
    expect(skdnRatio(t.semua, "DS")).toEqual([2, 2]);
    expect(skdnRatio(t.semua, "ND")).toEqual([1, 2]);
    expect(skdnRatio(t.semua, "KS")).toEqual([1, 2]);
  });
  it("names in name order", () => {
    const n = { bulanIni: now(12.2), bulanLalu: feb(12), pernahSebelumnya: true };
    const list = [
      { ...base, ...n, id: 1, nama: "Budi" },
      { ...base, ...n, id: 2, nama: "Ani" },
    ];
    expect(namesOf(list, "N").map((c) => c.nama)).toEqual(["Ani", "Budi"]);
    expect(namesOf(list, "T")).toEqual([]);
  });
});

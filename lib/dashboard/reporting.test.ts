import { describe, expect, it } from "vitest";
import {
  DEFAULT_BATAS_LAPORAN_HARI,
  REPORT_STATUS_TONE,
  TIMELINESS_TONE,
  poolReporting,
  reportCutoff,
  reportStatus,
  timelinessStatus,
} from "./reporting";

describe("reportCutoff", () => {
  it("is the given day of the next month, the 10th by default, across the year's end", () => {
    expect(DEFAULT_BATAS_LAPORAN_HARI).toBe(10);
    expect(reportCutoff({ tahun: 2026, bulan: 11 })).toBe("2026-12-10");
    expect(reportCutoff({ tahun: 2026, bulan: 12 })).toBe("2027-01-10");
    expect(reportCutoff({ tahun: 2026, bulan: 12 }, 5)).toBe("2027-01-05");
  });

  it("stays inside the next month", () => {
    expect(reportCutoff({ tahun: 2027, bulan: 1 }, 31)).toBe("2027-02-28");
    expect(reportCutoff({ tahun: 2028, bulan: 1 }, 31)).toBe("2028-02-29");
    expect(reportCutoff({ tahun: 2026, bulan: 3 }, 0)).toBe("2026-04-01");
  });
});

describe("report and timeliness status", () => {
  it("a desa is lengkap only when every due target has a record; no due target is its own state", () => {
    expect(reportStatus({ wajib: 0, tercatat: 0 })).toBe("tidak_ada_sasaran");
    expect(reportStatus({ wajib: 5, tercatat: 5 })).toBe("lengkap");
    expect(reportStatus({ wajib: 5, tercatat: 4 })).toBe("sebagian");
    expect(reportStatus({ wajib: 5, tercatat: 0 })).toBe("belum_ada");
  });

  it("timeliness: all on time, some late, all late, nothing to judge", () => {
    expect(timelinessStatus({ tercatat: 3, tepatWaktu: 3 })).toBe("tepat");
    expect(timelinessStatus({ tercatat: 3, tepatWaktu: 1 })).toBe("sebagian_terlambat");
    expect(timelinessStatus({ tercatat: 3, tepatWaktu: 0 })).toBe("terlambat");
    expect(timelinessStatus({ tercatat: 0, tepatWaktu: 0 })).toBe("tidak_ada");
  });

  it("only complete and all-on-time get the good tone", () => {
    const good = (m: Record<string, string>) => Object.keys(m).filter((k) => m[k] === "good");
    expect(good(REPORT_STATUS_TONE)).toEqual(["lengkap"]);
    expect(good(TIMELINESS_TONE)).toEqual(["tepat"]);
  });
});

describe("poolReporting", () => {
  it("sums counts and counts complete desa among desa with a due target", () => {
    expect(
      poolReporting([
        { wajib: 3, tercatat: 3, tepatWaktu: 2 },
        { wajib: 4, tercatat: 1, tepatWaktu: 1 },
        { wajib: 0, tercatat: 0, tepatWaktu: 0 },
      ]),
    ).toEqual({ wajib: 7, tercatat: 4, tepatWaktu: 3, desaWajib: 2, desaLengkap: 1 });
  });
});

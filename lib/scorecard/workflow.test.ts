import { describe, expect, it } from "vitest";
import { can, ROLES } from "@/lib/auth/permissions";
import {
  mayTransition,
  PERIODE_TRANSITIONS,
  quarterStarted,
  DEFAULT_PENGAJUAN_HARI,
  submissionOpen,
  submissionOpensOn,
  triwulanRoman,
  transitionChanges,
  type PeriodeTransition,
} from "./workflow";
import type { StatusPeriode } from "@/lib/enums";

const NAMES = Object.keys(PERIODE_TRANSITIONS) as PeriodeTransition[];
const STATUSES: StatusPeriode[] = ["draft", "diajukan", "disetujui"];

describe("quarter workflow", () => {
  it("moves draft → diajukan → disetujui, back to draft from diajukan or (unlock) from disetujui", () => {
    const allowed = NAMES.flatMap((n) =>
      STATUSES.filter((s) => mayTransition(n, s)).map((s) => `${n}: ${s} → ${PERIODE_TRANSITIONS[n].to}`),
    );
    expect(allowed).toEqual([
      "ajukan: draft → diajukan",
      "setujui: diajukan → disetujui",
      "kembalikan: diajukan → draft",
      "buka: disetujui → draft",
    ]);
  });

  it("by role: KPM submits, the kepala desa approves, kepala desa and kecamatan return, only admin unlocks", () => {
    const by = Object.fromEntries(
      NAMES.map((n) => [n, ROLES.filter((r) => can(r, PERIODE_TRANSITIONS[n].capability))]),
    );
    expect(by).toEqual({
      ajukan: ["kpm", "admin"],
      setujui: ["kepala_desa", "admin"],
      kembalikan: ["kepala_desa", "kecamatan", "admin"],
      buka: ["admin"],
    });
  });

  it("returning and unlocking ask for a note; submitting and approving do not", () => {
    expect(NAMES.filter((n) => PERIODE_TRANSITIONS[n].note)).toEqual(["kembalikan", "buka"]);
  });
});

describe("a quarter is moved only once it has begun", () => {
  const now = { tahun: 2026, bulan: 5 }; // triwulan 2
  it("the current and earlier quarters, not a later one", () => {
    expect(quarterStarted({ tahun: 2026, triwulan: 2 }, now)).toBe(true);
    expect(quarterStarted({ tahun: 2026, triwulan: 1 }, now)).toBe(true);
    expect(quarterStarted({ tahun: 2025, triwulan: 4 }, now)).toBe(true);
    expect(quarterStarted({ tahun: 2026, triwulan: 3 }, now)).toBe(false);
    expect(quarterStarted({ tahun: 2027, triwulan: 1 }, now)).toBe(false);
  });
});

describe("what a transition writes", () => {
  const at = new Date("2026-05-10T03:00:00Z");
  const before = { catatan: "catatan lama" };

  it("submitting stamps who and when and keeps the note", () => {
    expect(transitionChanges("ajukan", { before, actorId: 7, at })).toEqual({
      status: "diajukan",
      catatan: "catatan lama",
      updatedAt: at,
      diajukanOleh: 7,
      diajukanAt: at,
    });
  });

  it("approving stamps who and when; a first row has no note", () => {
    expect(transitionChanges("setujui", { actorId: 8, at })).toEqual({
      status: "disetujui",
      catatan: null,
      updatedAt: at,
      disetujuiOleh: 8,
      disetujuiAt: at,
    });
  });

  it("returning and unlocking replace the note and stamp nobody", () => {
    expect(transitionChanges("kembalikan", { before, actorId: 9, catatan: "perbaiki", at })).toEqual({
      status: "draft",
      catatan: "perbaiki",
      updatedAt: at,
    });
    expect(transitionChanges("buka", { before, actorId: 1, catatan: "koreksi data", at })).toEqual({
      status: "draft",
      catatan: "koreksi data",
      updatedAt: at,
    });
  });
});

describe("submission window (pengaturan_tahun.pengajuan_hari_sebelum_akhir)", () => {
  const q4 = { tahun: 2026, triwulan: 4 };
  it("opens on the first of the quarter's last N days", () => {
    expect(submissionOpensOn(q4, DEFAULT_PENGAJUAN_HARI)).toBe("2026-12-22");
    expect(submissionOpensOn({ tahun: 2026, triwulan: 1 }, 10)).toBe("2026-03-22");
    expect(submissionOpensOn({ tahun: 2024, triwulan: 1 }, 1)).toBe("2024-03-31"); // leap year: Q1 ends 31 March
    expect(submissionOpensOn({ tahun: 2026, triwulan: 2 }, 30)).toBe("2026-06-01");
    expect(submissionOpensOn({ tahun: 2026, triwulan: 3 }, 10)).toBe("2026-09-21");
  });

  it("0 (or a negative value) means only after the quarter ends", () => {
    expect(submissionOpensOn(q4, 0)).toBe("2027-01-01");
    expect(submissionOpensOn(q4, -5)).toBe("2027-01-01");
  });

  it("refuses the days before the window, allows the window and everything after the quarter", () => {
    expect(submissionOpen(q4, "2026-12-03", 10)).toBe(false);
    expect(submissionOpen(q4, "2026-12-21", 10)).toBe(false);
    expect(submissionOpen(q4, "2026-12-22", 10)).toBe(true);
    expect(submissionOpen(q4, "2026-12-31", 0)).toBe(false);
    expect(submissionOpen(q4, "2027-01-01", 0)).toBe(true);
    expect(submissionOpen({ tahun: 2026, triwulan: 3 }, "2026-12-03", 0)).toBe(true);
  });

  it("names the quarter in roman numerals", () => {
    expect([1, 2, 3, 4].map(triwulanRoman)).toEqual(["I", "II", "III", "IV"]);
  });
});

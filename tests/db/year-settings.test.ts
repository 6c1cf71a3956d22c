vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { form, userId } from "./users";
import type { DbHandle } from "@/db/client";
import { auditLog, pengaturanTahun } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { saveYearSettingsAction } from "@/app/(portal)/admin/pengaturan/actions";
import { getYearSettingsView } from "@/db/queries/settings";
import { getSubmissionWindow } from "@/db/queries/period-lock";
import { getRankingMinimum } from "@/db/queries/dashboard";
import { submissionOpensOn } from "@/lib/scorecard/workflow";

/* /admin/pengaturan (docs/year-settings.md): the admin sets a year's submission window and ranking minimum; the
 * submission check and the dashboard read them at once; nobody else may; bad input stays in the form. */

const TAHUN = 2093;
const idle = { status: "idle" as const };
let handle: DbHandle;
let drop: () => Promise<void>;
const as = async (u: string) => actAs(await userId(handle.db, u));

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
});
afterAll(async () => drop());

describe("per-year settings", () => {
  it("shows the defaults for a year without a row", async () => {
    const { shown } = await getYearSettingsView(TAHUN);
    expect(shown).toEqual({ tahun: TAHUN, pengajuanHariSebelumAkhir: 10, minimumSasaranPeringkat: 10, bawaan: true });
  });

  it("the admin saves them; the submission window and the ranking read them; the change is audited", async () => {
    await as("admin");
    const r = await saveYearSettingsAction(
      idle,
      form({ tahun: TAHUN, pengajuanHariSebelumAkhir: "0", minimumSasaranPeringkat: "25" }),
    );
    expect(r).toMatchObject({ status: "ok", message: `Pengaturan tahun ${TAHUN} disimpan.` });
    const q = { tahun: TAHUN, triwulan: 2 };
    expect((await getSubmissionWindow(q, `${TAHUN}-06-30`)).open).toBe(false);
    expect((await getSubmissionWindow(q, `${TAHUN}-07-01`)).opensOn).toBe(submissionOpensOn(q, 0));
    expect(await getRankingMinimum(TAHUN)).toBe(25);
    // The other settings of the new row keep their defaults.
    const [row] = await handle.db.select().from(pengaturanTahun).where(eq(pengaturanTahun.tahun, TAHUN));
    expect(row).toMatchObject({ ancMinimum: 4, batasLaporanHari: 10, pengajuanHariSebelumAkhir: 0 });

    await saveYearSettingsAction(
      idle,
      form({ tahun: TAHUN, pengajuanHariSebelumAkhir: "7", minimumSasaranPeringkat: "12" }),
    );
    expect(await getRankingMinimum(TAHUN)).toBe(12);
    const audits = await handle.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "pengaturan_tahun"), eq(auditLog.entityId, String(TAHUN))));
    expect(audits.map((a) => a.action).sort()).toEqual(["create", "update"]);
    expect((await getYearSettingsView(TAHUN)).shown).toMatchObject({ pengajuanHariSebelumAkhir: 7, bawaan: false });
  });

  it("out-of-range values are refused beside their field, with what was typed kept", async () => {
    await as("admin");
    const r = await saveYearSettingsAction(
      idle,
      form({ tahun: TAHUN, pengajuanHariSebelumAkhir: "100", minimumSasaranPeringkat: "nol" }),
    );
    expect(r.status).toBe("error");
    expect(Object.keys(r.errors ?? {}).sort()).toEqual(["minimumSasaranPeringkat", "pengajuanHariSebelumAkhir"]);
    expect(r.values).toMatchObject({ pengajuanHariSebelumAkhir: "100", minimumSasaranPeringkat: "nol" });
    expect(await getRankingMinimum(TAHUN)).toBe(12);
  });

  it("nobody but the admin may change them", async () => {
    for (const u of ["kpm.airputih", "kades.airputih", "operator.airputih", "tpps.mentok", "tpps.kab"]) {
      await as(u);
      const r = await saveYearSettingsAction(
        idle,
        form({ tahun: TAHUN, pengajuanHariSebelumAkhir: "1", minimumSasaranPeringkat: "1" }),
      );
      expect(r.status, u).toBe("error");
    }
    expect(await getRankingMinimum(TAHUN)).toBe(12);
  });
});

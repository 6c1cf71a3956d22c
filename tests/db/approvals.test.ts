vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { form, userId } from "./users";
import type { DbHandle } from "@/db/client";
import { apbdes, pengaturanTahun, periodeDesa } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { getActiveViewerById } from "@/db/queries/users";
import { listReturnedApbdes, listReturnedQuarters, listWaitingApproval } from "@/db/queries/approvals";
import { getSubmissionWindow } from "@/db/queries/period-lock";
import {
  ajukanTriwulan,
  bukaKunciTriwulan,
  kembalikanTriwulan,
  setujuiTriwulan,
} from "@/app/(portal)/wilayah/[kode]/scorecard/actions";
import { currentYearMonth, quarterOfMonth } from "@/lib/periods";
import { formatDateLong } from "@/lib/format";
import { submissionOpensOn } from "@/lib/scorecard/workflow";

/* The submission window (pengaturan_tahun.pengajuan_hari_sebelum_akhir) refused on the server, and the desa home's
 * lists: what waits for the kepala desa, what was returned to the KPM or the perangkat desa — each in scope. */

const AIR_PUTIH = "19.05.01.2004";
const BELO_LAUT = "19.05.01.2006";
const idle = { status: "idle" as const };
let handle: DbHandle;
let drop: () => Promise<void>;
const as = async (u: string) => actAs(await userId(handle.db, u));
const viewerOf = async (u: string) => (await getActiveViewerById(await userId(handle.db, u)))!;
const ym = currentYearMonth();
const now = { tahun: ym.tahun, triwulan: quarterOfMonth(ym.bulan) };
const q = (kode = AIR_PUTIH, tw = now) => ({ kode, tahun: String(tw.tahun), triwulan: String(tw.triwulan) });
const setWindow = (days: number) =>
  handle.db
    .insert(pengaturanTahun)
    .values({ tahun: now.tahun, pengajuanHariSebelumAkhir: days })
    .onConflictDoUpdate({ target: pengaturanTahun.tahun, set: { pengajuanHariSebelumAkhir: days } });
const periode = async (kode: string) =>
  (
    await handle.db
      .select()
      .from(periodeDesa)
      .where(
        and(
          eq(periodeDesa.kodeWilayah, kode),
          eq(periodeDesa.tahun, now.tahun),
          eq(periodeDesa.triwulan, now.triwulan),
        ),
      )
  )[0];

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
});
afterAll(async () => drop());

describe("submission window", () => {
  it("the current quarter is refused before its window, with the day it opens; nothing is written", async () => {
    // 0 = only after the quarter ends: today is always before that.
    await setWindow(0);
    const opens = submissionOpensOn(now, 0);
    expect(await getSubmissionWindow(now)).toEqual({ opensOn: opens, open: false });
    await as("kpm.airputih");
    const r = await ajukanTriwulan(idle, form(q()));
    expect(r.status).toBe("error");
    expect(r.message).toContain(`Dapat diajukan mulai ${formatDateLong(opens)}`);
    expect(await periode(AIR_PUTIH)).toBeUndefined();
  });

  it("opens once the setting covers today; a past quarter is never held back", async () => {
    await setWindow(100);
    expect((await getSubmissionWindow(now)).open).toBe(true);
    await as("kpm.airputih");
    expect(await ajukanTriwulan(idle, form(q()))).toMatchObject({ status: "ok" });
    expect((await periode(AIR_PUTIH))?.status).toBe("diajukan");
    const past = now.triwulan === 1 ? { tahun: now.tahun - 1, triwulan: 4 } : { ...now, triwulan: now.triwulan - 1 };
    await setWindow(0);
    expect((await getSubmissionWindow(past)).open).toBe(true);
    await setWindow(100);
  });
});

describe("Menunggu persetujuan Anda (kepala desa)", () => {
  it("lists the desa's submitted quarter and APBDes version, and nothing of another desa", async () => {
    await handle.db.insert(apbdes).values({ kodeWilayah: AIR_PUTIH, tahun: 2019, versi: "murni", status: "diajukan" });
    await handle.db.insert(apbdes).values({ kodeWilayah: BELO_LAUT, tahun: 2019, versi: "murni", status: "diajukan" });
    await as("kpm.belolaut");
    expect(await ajukanTriwulan(idle, form(q(BELO_LAUT)))).toMatchObject({ status: "ok" });

    const kades = await viewerOf("kades.airputih");
    const mine = await listWaitingApproval({ viewer: kades, kode: AIR_PUTIH });
    expect(
      mine.map((i) => (i.jenis === "scorecard" ? `sc ${i.tahun}/${i.triwulan}` : `apb ${i.tahun} ${i.versi}`)),
    ).toEqual([`sc ${now.tahun}/${now.triwulan}`, "apb 2019 murni"]);
    expect(mine[0].oleh).toBeTruthy();
    // Scope in SQL: another desa's code gives nothing, even when asked for directly.
    expect(await listWaitingApproval({ viewer: kades, kode: BELO_LAUT })).toEqual([]);
    const other = await listWaitingApproval({ viewer: await viewerOf("kades.belolaut"), kode: BELO_LAUT });
    expect(other.map((i) => i.jenis)).toEqual(["scorecard", "apbdes"]);
  });
});

describe("Dikembalikan (KPM, perangkat desa)", () => {
  it("a returned quarter shows with the reviewer's note; not after it is submitted again, nor after an unlock", async () => {
    await as("tpps.mentok");
    expect(await kembalikanTriwulan(idle, form({ ...q(), catatan: "Lengkapi penimbangan Desember" }))).toMatchObject({
      status: "ok",
    });
    const kpm = await viewerOf("kpm.airputih");
    const returned = await listReturnedQuarters({ viewer: kpm, kode: AIR_PUTIH });
    expect(returned).toHaveLength(1);
    expect(returned[0]).toMatchObject({
      tahun: now.tahun,
      triwulan: now.triwulan,
      catatan: "Lengkapi penimbangan Desember",
    });
    expect(returned[0].oleh).toBe("tpps.mentok");
    // The waiting list no longer holds it.
    const kades = await viewerOf("kades.airputih");
    expect((await listWaitingApproval({ viewer: kades, kode: AIR_PUTIH })).map((i) => i.jenis)).toEqual(["apbdes"]);
    // Another desa's KPM sees nothing of it.
    expect(await listReturnedQuarters({ viewer: await viewerOf("kpm.belolaut"), kode: AIR_PUTIH })).toEqual([]);

    await as("kpm.airputih");
    await ajukanTriwulan(idle, form(q()));
    expect(await listReturnedQuarters({ viewer: kpm, kode: AIR_PUTIH })).toEqual([]);
    await as("kades.airputih");
    expect(await setujuiTriwulan(idle, form(q()))).toMatchObject({ status: "ok" });
    await as("admin");
    expect(await bukaKunciTriwulan(idle, form({ ...q(), catatan: "Koreksi data bidan" }))).toMatchObject({
      status: "ok",
    });
    // Draft with a note again, but unlocked by an admin, not returned.
    expect((await periode(AIR_PUTIH))?.catatan).toBe("Koreksi data bidan");
    expect(await listReturnedQuarters({ viewer: kpm, kode: AIR_PUTIH })).toEqual([]);
  });

  it("a returned APBDes version shows to the desa with its note, not to another desa", async () => {
    await handle.db
      .update(apbdes)
      .set({ status: "draft", catatan: "Pisahkan honor KPM dari PMT" })
      .where(and(eq(apbdes.kodeWilayah, AIR_PUTIH), eq(apbdes.tahun, 2019)));
    const operator = await viewerOf("operator.airputih");
    expect(await listReturnedApbdes({ viewer: operator, kode: AIR_PUTIH })).toMatchObject([
      { jenis: "apbdes", tahun: 2019, versi: "murni", catatan: "Pisahkan honor KPM dari PMT" },
    ]);
    expect(await listReturnedApbdes({ viewer: await viewerOf("kpm.belolaut"), kode: AIR_PUTIH })).toEqual([]);
  });
});

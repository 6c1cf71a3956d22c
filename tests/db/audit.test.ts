vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { Workbook } from "exceljs";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { form, userId } from "./users";
import { redirectOf } from "./redirect";
import type { DbHandle } from "@/db/client";
import { auditLog, posyandu } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { createIbuHamil } from "@/app/(portal)/wilayah/[kode]/sasaran/actions";
import { GET as exportSasaran } from "@/app/(portal)/wilayah/[kode]/sasaran/ekspor/route";
import { listAuditLog, listSasaranHistory } from "@/db/queries/audit-log";
import { writeAudit } from "@/db/writes/audit";
import { getActiveViewerById } from "@/db/queries/users";
import { toAuditTableRows } from "@/app/(portal)/admin/audit/rows";
import { parseAuditParams } from "@/app/(portal)/admin/audit/params";
import { addDaysIso, todayIso } from "@/lib/periods";

const AIR_PUTIH = "19.05.01.2004";
const NIK = "1905015203950007";
const MASKED = "190501••••••••••";
const idle = { status: "idle" as const };
let handle: DbHandle;
let drop: () => Promise<void>;
let sasaranId = 0;
const viewerOf = async (u: string) => (await getActiveViewerById(await userId(handle.db, u)))!;

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
  const [pos] = await handle.db
    .select({ id: posyandu.id })
    .from(posyandu)
    .where(eq(posyandu.kodeWilayah, AIR_PUTIH))
    .limit(1);
  actAs(await userId(handle.db, "kpm.airputih"));
  const to = await redirectOf(
    createIbuHamil(
      idle,
      form({
        kode: AIR_PUTIH,
        nama: "Rina Audit",
        nik: NIK,
        tanggalLahir: "1995-03-12",
        noKia: "KIA-AU-1",
        hpl: addDaysIso(todayIso(), 100),
        posyanduId: pos.id,
      }),
    ),
  );
  sasaranId = Number(to.match(/sasaran\/(\d+)/)![1]);
  // A failed login (no region) and a row in another kecamatan.
  await writeAudit(handle.db, null, { action: "login_gagal", entity: "sesi", after: { username: "penyusup" } });
  await writeAudit(handle.db, await viewerOf("kpm.pelangas"), {
    action: "update",
    entity: "posyandu",
    entityId: 1,
    kodeWilayah: "19.05.02.2001",
    before: { nama: "A" },
    after: { nama: "B" },
  });
});
afterAll(async () => drop());

describe("audit viewer", () => {
  it("kabupaten sees rows inside its district but not system rows without a region; admin sees both", async () => {
    const kab = await listAuditLog({ viewer: await viewerOf("tpps.kab"), filters: {} });
    expect(kab.rows.some((r) => r.entity === "sasaran" && r.entityId === String(sasaranId))).toBe(true);
    expect(kab.rows.some((r) => r.kodeWilayah === null)).toBe(false);
    const admin = await listAuditLog({ viewer: await viewerOf("admin"), filters: { action: "login_gagal" } });
    expect(admin.rows.some((r) => (r.after as { username?: string }).username === "penyusup")).toBe(true);
  });

  it("is scoped by region code in SQL: a kecamatan-scoped reader sees nothing of another kecamatan", async () => {
    const mentok = await viewerOf("tpps.mentok");
    const rows = (await listAuditLog({ viewer: mentok, filters: {}, pageSize: 200 })).rows;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.kodeWilayah?.startsWith("19.05.01"))).toBe(true);
  });

  it("filters by user, region, entity, id, action and date range, and pages", async () => {
    const v = await viewerOf("admin");
    const byEntity = await listAuditLog({ viewer: v, filters: { entity: "sasaran", entityId: String(sasaranId) } });
    expect(byEntity.rows.map((r) => r.action)).toEqual(["create"]);
    expect(
      (await listAuditLog({ viewer: v, filters: { pengguna: "pelangas" } })).rows.every(
        (r) => r.actorUsername === "kpm.pelangas",
      ),
    ).toBe(true);
    expect(
      (await listAuditLog({ viewer: v, filters: { wilayah: "19.05.02" } })).rows.every((r) =>
        r.kodeWilayah?.startsWith("19.05.02"),
      ),
    ).toBe(true);
    expect((await listAuditLog({ viewer: v, filters: { dari: addDaysIso(todayIso(), 1) } })).total).toBe(0);
    expect(
      (await listAuditLog({ viewer: v, filters: { sampai: addDaysIso(todayIso(), -1) } })).rows.some(
        (r) => r.entityId === String(sasaranId),
      ),
    ).toBe(false);
    const page1 = await listAuditLog({ viewer: v, filters: {}, pageSize: 10 });
    const page2 = await listAuditLog({ viewer: v, filters: {}, page: 2, pageSize: 10 });
    expect(page2.rows[0]?.id).not.toBe(page1.rows[0]?.id);
  });

  it("drops malformed URL filters instead of passing them to SQL", () => {
    const { filters, page } = parseAuditParams({
      wilayah: "19.05'; drop table users;--",
      entity: "sasaran OR 1=1",
      dari: "2026-13-45",
      page: "-3",
    });
    expect(filters).toEqual({
      pengguna: undefined,
      wilayah: undefined,
      entity: undefined,
      entityId: undefined,
      action: undefined,
      dari: undefined,
      sampai: undefined,
    });
    expect(page).toBe(1);
  });

  it("NIK in audit snapshots is masked for kabupaten and admin, full for the desa's own roles", async () => {
    const row = (
      await listAuditLog({
        viewer: await viewerOf("admin"),
        filters: { entity: "sasaran", entityId: String(sasaranId) },
      })
    ).rows;
    for (const u of ["tpps.kab", "admin"]) {
      const shown = JSON.stringify(toAuditTableRows(await viewerOf(u), row));
      expect(shown).not.toContain(NIK);
      expect(shown).toContain(MASKED);
    }
    expect(JSON.stringify(toAuditTableRows(await viewerOf("kpm.airputih"), row))).toContain(NIK);
  });

  it("riwayat: the target's history for anyone who can read it, inside their own scope only", async () => {
    expect(
      (await listSasaranHistory({ viewer: await viewerOf("kades.airputih"), sasaranId })).map((r) => r.action),
    ).toEqual(["create"]);
    expect(await listSasaranHistory({ viewer: await viewerOf("kpm.belolaut"), sasaranId })).toEqual([]);
  });
});

describe("exports: audited, NIK masked above desa level", () => {
  async function download(username: string) {
    actAs(await userId(handle.db, username));
    const res = await exportSasaran(new NextRequest(`http://localhost/wilayah/${AIR_PUTIH}/sasaran/ekspor?q=Rina`), {
      params: Promise.resolve({ kode: AIR_PUTIH }),
    });
    expect(res.status).toBe(200);
    const wb = new Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const cells: string[] = [];
    wb.worksheets[0].eachRow((r) => r.eachCell((c) => cells.push(String(c.value))));
    return cells;
  }

  it("the desa's KPM gets the full NIK; kecamatan, kabupaten and admin get it masked; each download is audited", async () => {
    const [{ id: before }] = await handle.db.select({ id: auditLog.id }).from(auditLog).orderBy(auditLog.id).limit(1);
    expect(before).toBeGreaterThan(0);
    expect(await download("kpm.airputih")).toContain(NIK);
    for (const u of ["tpps.mentok", "tpps.kab", "admin"]) {
      const cells = await download(u);
      expect(cells, u).toContain(MASKED);
      expect(cells.join(" "), u).not.toContain(NIK);
    }
    const exports = await handle.db.select().from(auditLog).where(eq(auditLog.action, "ekspor"));
    expect(exports.map((r) => r.actorUsername).sort()).toEqual(["admin", "kpm.airputih", "tpps.kab", "tpps.mentok"]);
  });
});

vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, desc, eq } from "drizzle-orm";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { form, userId } from "./users";
import { redirectOf } from "./redirect";
import type { DbHandle } from "@/db/client";
import { auditLog, posyandu, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { DEMO_PASSWORD } from "@/db/seed/demo-accounts";
import {
  createUserAction,
  resetPasswordAction,
  setUserActiveAction,
  updateUserAction,
  type AccountState,
} from "@/app/(portal)/admin/pengguna/actions";
import { changeOwnPassword } from "@/app/(portal)/akun/kata-sandi/actions";
import { createPosyanduAction } from "@/app/(portal)/wilayah/[kode]/posyandu/actions";
import { getViewer } from "@/lib/auth/guard";
import { listUsers } from "@/db/queries/users";
import { verifyPassword } from "@/lib/auth/password";
import { messageFor } from "@/lib/errors";

const AIR_PUTIH = "19.05.01.2004";
const idle = { status: "idle" as const };
let handle: DbHandle;
let drop: () => Promise<void>;
const as = async (u: string) => actAs(await userId(handle.db, u));
const row = async (username: string) => (await handle.db.select().from(users).where(eq(users.username, username)))[0];
const lastAudit = async (entityId: number) =>
  (
    await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "pengguna"), eq(auditLog.entityId, String(entityId))))
      .orderBy(desc(auditLog.id))
      .limit(1)
  )[0];

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
});
afterAll(async () => drop());

describe("accounts: /admin/pengguna", () => {
  let temp = "";
  let newId = 0;

  it("admin creates a KPM for a desa; a temporary password is returned once and must be changed", async () => {
    await as("admin");
    const r = (await createUserAction(
      idle,
      form({ username: " KPM.Baru ", displayName: "Ani (KPM baru)", role: "kpm", scopeKode: AIR_PUTIH }),
    )) as AccountState;
    expect(r.status).toBe("ok");
    expect(r.temporaryPassword).toMatch(/^\S{7}-\S{7}$/);
    temp = r.temporaryPassword!;
    const u = await row("kpm.baru");
    newId = u.id;
    expect(u).toMatchObject({
      role: "kpm",
      scopeKode: AIR_PUTIH,
      mustChangePassword: true,
      active: true,
      isDemo: false,
    });
    expect(await verifyPassword(u.passwordHash, temp)).toBe(true);
    const audit = await lastAudit(u.id);
    expect(audit).toMatchObject({ action: "create", actorUsername: "admin", kodeWilayah: AIR_PUTIH });
    expect(JSON.stringify(audit.after)).not.toMatch(/argon2|passwordHash/);
  });

  it("the scope picker rule holds on the server: each role only at its own level", async () => {
    await as("admin");
    const bad = [
      { role: "kpm", scopeKode: "19.05.01" },
      { role: "perangkat_desa", scopeKode: "19.05.01.1001" },
      { role: "kecamatan", scopeKode: AIR_PUTIH },
      { role: "kabupaten", scopeKode: "19.05.01" },
      { role: "admin", scopeKode: AIR_PUTIH },
      { role: "kecamatan", scopeKode: "19.01.01" },
    ];
    for (const [i, b] of bad.entries()) {
      const r = await createUserAction(idle, form({ username: `salah.${i}`, displayName: "Salah", ...b }));
      expect(r.status, JSON.stringify(b)).toBe("error");
    }
    expect(
      (
        await createUserAction(
          idle,
          form({ username: "kpm.tanjung", displayName: "KPM Kelurahan", role: "kpm", scopeKode: "19.05.01.1001" }),
        )
      ).status,
    ).toBe("ok");
    expect(
      (
        await createUserAction(
          idle,
          form({ username: "camat.mentok", displayName: "Tim Mentok 2", role: "kecamatan", scopeKode: "19.05.01" }),
        )
      ).status,
    ).toBe("ok");
  });

  it("refuses a taken or malformed username, keeping what was typed", async () => {
    const taken = await createUserAction(
      idle,
      form({ username: "kpm.airputih", displayName: "Dobel", role: "kpm", scopeKode: AIR_PUTIH }),
    );
    expect(taken.errors?.username?.[0]).toMatch(/sudah dipakai/);
    expect(taken.values?.displayName).toBe("Dobel");
    const bad = await createUserAction(
      idle,
      form({ username: "x y<script>", displayName: "Aneh", role: "kpm", scopeKode: AIR_PUTIH }),
    );
    expect(bad.errors?.username?.[0]).toMatch(/huruf kecil/);
  });

  it("only admin manages accounts (kabupaten has audit:read, not users:manage)", async () => {
    for (const u of ["tpps.kab", "tpps.mentok", "kades.airputih", "kpm.airputih"]) {
      await as(u);
      const r = await createUserAction(
        idle,
        form({ username: `coba.${u}`, displayName: "Coba", role: "kpm", scopeKode: AIR_PUTIH }),
      );
      expect(r.message, u).toBe(messageFor("forbidden"));
      expect(await row(`coba.${u}`)).toBeUndefined();
    }
  });

  it("a temporary password opens only the password page: other actions refuse, getViewer is null", async () => {
    actAs(newId);
    expect(await getViewer()).toBeNull();
    const [pos] = await handle.db
      .select({ id: posyandu.id })
      .from(posyandu)
      .where(eq(posyandu.kodeWilayah, AIR_PUTIH))
      .limit(1);
    expect(pos).toBeDefined();
    const r = await createPosyanduAction(idle, form({ kode: AIR_PUTIH, nama: "Posyandu Sementara" }));
    expect(r.message).toMatch(/Ganti kata sandi sementara/);
  });

  it("the new password must be long, not the username, not common, typed twice; the current one is required", async () => {
    actAs(newId);
    const tryNew = (kataSandiBaru: string, ulangi = kataSandiBaru, lama = temp) =>
      changeOwnPassword(idle, form({ kataSandiLama: lama, kataSandiBaru, ulangiKataSandi: ulangi }));
    expect((await tryNew("pendek")).errors?.kataSandiBaru?.[0]).toMatch(/minimal 10/);
    expect((await tryNew("KPM.BARU")).errors?.kataSandiBaru?.[0]).toMatch(/minimal 10|nama pengguna/);
    expect((await tryNew("password123")).errors?.kataSandiBaru?.[0]).toMatch(/terlalu umum/);
    expect((await tryNew("sarapan-bubur-ayam", "sarapan-bubur-ayan")).errors?.ulangiKataSandi?.[0]).toMatch(
      /tidak sama/,
    );
    const wrong = await tryNew("sarapan-bubur-ayam", "sarapan-bubur-ayam", "bukan-sandi-lama");
    expect(wrong.errors?.kataSandiLama?.[0]).toBe("Kata sandi saat ini salah.");
    expect(JSON.stringify(wrong)).not.toContain("bukan-sandi-lama");
    expect(JSON.stringify(wrong)).not.toContain("sarapan-bubur-ayam");
    const to = await redirectOf(tryNew("sarapan-bubur-ayam"));
    expect(to).toBe("/akun/kata-sandi?diganti=1");
    const u = await row("kpm.baru");
    expect(u.mustChangePassword).toBe(false);
    expect(await verifyPassword(u.passwordHash, "sarapan-bubur-ayam")).toBe(true);
    expect(await lastAudit(newId)).toMatchObject({ action: "ganti_sandi", actorUsername: "kpm.baru" });
    expect(await getViewer()).toMatchObject({ username: "kpm.baru", role: "kpm" });
  });

  it("a role/scope change applies on the user's very next request", async () => {
    await as("admin");
    const r = await updateUserAction(
      idle,
      form({ id: newId, displayName: "Ani", role: "kepala_desa", scopeKode: "19.05.01.2006" }),
    );
    expect(r.status).toBe("ok");
    actAs(newId);
    expect(await getViewer()).toMatchObject({ role: "kepala_desa", scopeKode: "19.05.01.2006", displayName: "Ani" });
    const audit = await lastAudit(newId);
    expect(audit).toMatchObject({ action: "update", kodeWilayah: "19.05.01.2006" });
    expect(audit.before).toMatchObject({ role: "kpm", scopeKode: AIR_PUTIH });
  });

  it("deactivation ends access on the next request; reactivation restores it", async () => {
    await as("admin");
    expect((await setUserActiveAction(idle, form({ id: newId, aktif: "0" }))).status).toBe("ok");
    actAs(newId);
    expect(await getViewer()).toBeNull();
    expect(
      (
        await changeOwnPassword(
          idle,
          form({ kataSandiLama: "sarapan-bubur-ayam", kataSandiBaru: "x".repeat(12), ulangiKataSandi: "x".repeat(12) }),
        )
      ).message,
    ).toBe(messageFor("unauthenticated"));
    await as("admin");
    expect((await setUserActiveAction(idle, form({ id: newId, aktif: "1" }))).status).toBe("ok");
    actAs(newId);
    expect(await getViewer()).not.toBeNull();
  });

  it("reset password: the old one stops working, a new temporary one is shown once and must be changed", async () => {
    await as("admin");
    const r = (await resetPasswordAction(idle, form({ id: newId }))) as AccountState;
    expect(r.temporaryPassword).toBeTruthy();
    const u = await row("kpm.baru");
    expect(u.mustChangePassword).toBe(true);
    expect(await verifyPassword(u.passwordHash, "sarapan-bubur-ayam")).toBe(false);
    expect(await verifyPassword(u.passwordHash, r.temporaryPassword!)).toBe(true);
    const audit = await lastAudit(newId);
    expect(audit.action).toBe("reset_sandi");
    expect(JSON.stringify(audit)).not.toContain(r.temporaryPassword!);
  });

  it("an admin cannot lock themselves out", async () => {
    await as("admin");
    const me = await userId(handle.db, "admin");
    expect((await setUserActiveAction(idle, form({ id: me, aktif: "0" }))).status).toBe("error");
    expect(
      (await updateUserAction(idle, form({ id: me, displayName: "Admin", role: "kpm", scopeKode: AIR_PUTIH }))).status,
    ).toBe("error");
    expect((await row("admin")).active).toBe(true);
    expect(await verifyPassword((await row("admin")).passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it("the list searches, filters and pages in SQL within the admin's scope", async () => {
    await as("admin");
    const viewer = (await getViewer())!;
    const kpm = await listUsers({ viewer, role: "kpm" });
    expect(kpm.rows.every((r) => r.role === "kpm")).toBe(true);
    expect((await listUsers({ viewer, q: "airputih" })).rows.map((r) => r.username).sort()).toEqual([
      "kades.airputih",
      "kpm.airputih",
      "operator.airputih",
    ]);
    expect((await listUsers({ viewer, wilayah: "19.05.02" })).rows.map((r) => r.username).sort()).toEqual([
      "kpm.pelangas",
      "tpps.simpangteritip",
    ]);
    const page2 = await listUsers({ viewer, pageSize: 5, page: 2 });
    expect(page2.rows).toHaveLength(5);
    expect(page2.total).toBeGreaterThan(10);
    const mentok = await listUsers({ viewer: { ...viewer, scopeKode: "19.05.02" } });
    expect(mentok.rows.every((r) => r.scopeKode.startsWith("19.05.02"))).toBe(true);
  });
});

describe("sessions are revoked by logout, password reset and (de)activation", () => {
  it("a logged-out session is refused even if its cookie comes back; the user's other sessions are not", async () => {
    const { getSessionUserById } = await import("@/db/queries/users");
    const { revokeSession } = await import("@/db/writes/users");
    const id = await userId(handle.db, "kpm.pelangas");
    const loginAt = Date.now() - 60_000;
    expect(await getSessionUserById(id, { loginAt, sid: "sesi-a" })).not.toBeNull();
    await revokeSession({ userId: id, sid: "sesi-a" });
    expect(await getSessionUserById(id, { loginAt, sid: "sesi-a" })).toBeNull();
    expect(await getSessionUserById(id, { loginAt, sid: "sesi-b" })).not.toBeNull();
    const other = await userId(handle.db, "kades.airputih");
    expect(await getSessionUserById(other, { loginAt, sid: "sesi-a" })).not.toBeNull();
  });

  it("a password reset or deactivation revokes every session signed in before it", async () => {
    const { getSessionUserById } = await import("@/db/queries/users");
    const id = await userId(handle.db, "kpm.belolaut");
    const before = { loginAt: Date.now() - 60_000, sid: "lama" };
    expect(await getSessionUserById(id, before)).not.toBeNull();
    await as("admin");
    expect((await resetPasswordAction(idle, form({ id }))).status).toBe("ok");
    expect(await getSessionUserById(id, before)).toBeNull();
    expect(await getSessionUserById(id, { loginAt: Date.now() + 1_000, sid: "baru" })).not.toBeNull();
  });

  // Issue 17, finding 6: a stolen cookie survived the victim's own password change.
  it("changing your own password ends every other session of the account; the one that changed it stays", async () => {
    const { getSessionUserById } = await import("@/db/queries/users");
    const id = await userId(handle.db, "operator.airputih");
    const loginAt = Date.now() - 60_000;
    const mine = { loginAt, sid: "sesi-pemilik" };
    const stolen = { loginAt, sid: "sesi-curian" };
    expect(await getSessionUserById(id, stolen)).not.toBeNull();
    actAs(id, mine);
    const r = await redirectOf(
      changeOwnPassword(
        idle,
        form({
          kataSandiLama: DEMO_PASSWORD,
          kataSandiBaru: "sandi-baru-operator-air-putih",
          ulangiKataSandi: "sandi-baru-operator-air-putih",
        }),
      ),
    );
    expect(r).toBe("/akun/kata-sandi?diganti=1");
    expect(await getSessionUserById(id, stolen)).toBeNull();
    expect(await getSessionUserById(id, mine)).not.toBeNull();
    // A sign-in after the change (the new password) is not affected; nor is another account.
    expect(await getSessionUserById(id, { loginAt: Date.now() + 1_000, sid: "sesi-baru" })).not.toBeNull();
    const other = await userId(handle.db, "kades.airputih");
    expect(await getSessionUserById(other, stolen)).not.toBeNull();
    actAs(null);
  });
});

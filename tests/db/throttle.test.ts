vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, count, eq, sql } from "drizzle-orm";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { form, userId } from "./users";
import type { DbHandle } from "@/db/client";
import { auditLog, loginAttempts } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { DEMO_PASSWORD } from "@/db/seed/demo-accounts";
import { authenticate } from "@/lib/auth/authenticate";
import { THROTTLE } from "@/lib/auth/throttle-policy";
import { changeOwnPassword } from "@/app/(portal)/akun/kata-sandi/actions";

let handle: DbHandle;
let drop: () => Promise<void>;
const idle = { status: "idle" as const };

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
});
afterAll(async () => drop());

const tryLogin = (username: string, password: string, ip = "10.0.0.1") => authenticate({ username, password, ip });

async function auditCount(action: string, username: string) {
  const [r] = await handle.db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), sql`${auditLog.after}->>'username' = ${username}`));
  return r.n;
}

/** Moves every attempt of a username back in time, as if the clock had run on. */
async function age(username: string, minutes: number) {
  await handle.db
    .update(loginAttempts)
    .set({ at: sql`${loginAttempts.at} - make_interval(mins => ${minutes})` })
    .where(eq(loginAttempts.username, username));
}

describe("login throttling in PostgreSQL", () => {
  it("four failures, then the right password still works, and the success clears the count", async () => {
    for (let i = 0; i < 4; i++)
      expect(await tryLogin("kpm.airputih", "salah-sekali")).toEqual({ ok: false, reason: "invalid" });
    expect((await tryLogin("kpm.airputih", DEMO_PASSWORD)).ok).toBe(true);
    for (let i = 0; i < 4; i++) expect((await tryLogin("kpm.airputih", "salah-lagi")).ok).toBe(false);
    expect((await tryLogin("kpm.airputih", DEMO_PASSWORD)).ok).toBe(true);
  });

  it("after five failures in 15 minutes even the right password waits, with the wait time; audited, not counted", async () => {
    for (let i = 0; i < 5; i++)
      expect(await tryLogin("kpm.belolaut", "salah")).toEqual({ ok: false, reason: "invalid" });
    const [{ n: before }] = await handle.db
      .select({ n: count() })
      .from(loginAttempts)
      .where(eq(loginAttempts.username, "kpm.belolaut"));
    const held = await tryLogin("kpm.belolaut", DEMO_PASSWORD);
    expect(held).toMatchObject({ ok: false, reason: "throttled" });
    if (held.ok || held.reason !== "throttled") throw new Error("unreachable");
    expect(held.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(held.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(await auditCount("login_gagal", "kpm.belolaut")).toBe(5);
    expect(await auditCount("login_ditahan", "kpm.belolaut")).toBe(1);
    const [{ n: after }] = await handle.db
      .select({ n: count() })
      .from(loginAttempts)
      .where(eq(loginAttempts.username, "kpm.belolaut"));
    expect(after).toBe(before);
  });

  it("the hold lifts once the failures are older than 15 minutes", async () => {
    await age("kpm.belolaut", 16);
    expect((await tryLogin("kpm.belolaut", DEMO_PASSWORD)).ok).toBe(true);
  });

  it("holds an unknown username the same way (nothing tells whether it exists)", async () => {
    for (let i = 0; i < 5; i++) await tryLogin("tidak.ada", "apa-saja", "10.0.0.2");
    expect(await tryLogin("tidak.ada", "apa-saja", "10.0.0.2")).toMatchObject({ ok: false, reason: "throttled" });
  });

  it(`holds an address after ${THROTTLE.maxIpFailures} failures across usernames; other addresses are not affected`, async () => {
    const ip = "10.9.9.9";
    for (let i = 0; i < THROTTLE.maxIpFailures; i++)
      await tryLogin(`semprot${i % 7}.${Math.floor(i / 7)}`, "tebakan", ip);
    expect(await tryLogin("kpm.pelangas", DEMO_PASSWORD, ip)).toMatchObject({ ok: false, reason: "throttled" });
    expect((await tryLogin("kpm.pelangas", DEMO_PASSWORD, "10.0.0.3")).ok).toBe(true);
    // A success from the address does not reset its count (one valid account cannot unlock a spraying run).
    expect(await tryLogin("semprot.baru", "tebakan", ip)).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("wrong current passwords on the password page count towards the same limit", async () => {
    const id = await userId(handle.db, "kades.belolaut");
    actAs(id);
    for (let i = 0; i < 5; i++) {
      const r = await changeOwnPassword(
        idle,
        form({
          kataSandiLama: "bukan-ini",
          kataSandiBaru: "kalimat-baru-yang-panjang",
          ulangiKataSandi: "kalimat-baru-yang-panjang",
        }),
      );
      expect(r.errors?.kataSandiLama?.[0]).toBe("Kata sandi saat ini salah.");
    }
    const held = await changeOwnPassword(
      idle,
      form({
        kataSandiLama: DEMO_PASSWORD,
        kataSandiBaru: "kalimat-baru-yang-panjang",
        ulangiKataSandi: "kalimat-baru-yang-panjang",
      }),
    );
    expect(held.message).toMatch(/Coba lagi dalam 15 menit/);
    expect(await tryLogin("kades.belolaut", DEMO_PASSWORD)).toMatchObject({ ok: false, reason: "throttled" });
  });
});

/** Issue 17, finding 4: the check and the count were two steps, so attempts fired together all passed the check
 * before any of them was counted (25 parallel wrong passwords recorded 15 failures). */
describe("the limit holds for attempts fired at once", () => {
  const failuresOf = async (column: "username" | "ip", value: string) => {
    const [r] = await handle.db
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(eq(loginAttempts[column], value), eq(loginAttempts.success, false)));
    return r.n;
  };
  const tally = (results: Awaited<ReturnType<typeof tryLogin>>[]) => ({
    invalid: results.filter((r) => !r.ok && r.reason === "invalid").length,
    throttled: results.filter((r) => !r.ok && r.reason === "throttled").length,
  });

  it(`25 wrong passwords in parallel for one username: exactly ${THROTTLE.maxUsernameFailures} are evaluated`, async () => {
    const results = await Promise.all(
      Array.from({ length: 25 }, () => tryLogin("operator.airputih", "tebak-paralel", "10.4.4.4")),
    );
    expect(tally(results)).toEqual({
      invalid: THROTTLE.maxUsernameFailures,
      throttled: 25 - THROTTLE.maxUsernameFailures,
    });
    expect(await failuresOf("username", "operator.airputih")).toBe(THROTTLE.maxUsernameFailures);
    expect(await tryLogin("operator.airputih", DEMO_PASSWORD, "10.4.4.5")).toMatchObject({ reason: "throttled" });
  });

  it(`45 usernames in parallel from one address: exactly ${THROTTLE.maxIpFailures} are evaluated`, async () => {
    const results = await Promise.all(
      Array.from({ length: 45 }, (_, i) => tryLogin(`semprot.paralel${i}`, "tebakan", "10.5.5.5")),
    );
    expect(tally(results)).toEqual({ invalid: THROTTLE.maxIpFailures, throttled: 45 - THROTTLE.maxIpFailures });
    expect(await failuresOf("ip", "10.5.5.5")).toBe(THROTTLE.maxIpFailures);
  });

  it(`25 wrong current passwords in parallel on the password page: exactly ${THROTTLE.maxUsernameFailures} are checked`, async () => {
    actAs(await userId(handle.db, "kades.airputih"));
    const results = await Promise.all(
      Array.from({ length: 25 }, () =>
        changeOwnPassword(
          idle,
          form({
            kataSandiLama: "bukan-ini-juga",
            kataSandiBaru: "kalimat-baru-yang-panjang",
            ulangiKataSandi: "kalimat-baru-yang-panjang",
          }),
        ),
      ),
    );
    const wrong = results.filter((r) => r.errors?.kataSandiLama?.[0] === "Kata sandi saat ini salah.").length;
    const held = results.filter((r) => /Coba lagi dalam/.test(r.message ?? "")).length;
    expect({ wrong, held }).toEqual({
      wrong: THROTTLE.maxUsernameFailures,
      held: 25 - THROTTLE.maxUsernameFailures,
    });
    expect(await failuresOf("username", "kades.airputih")).toBe(THROTTLE.maxUsernameFailures);
  });
});

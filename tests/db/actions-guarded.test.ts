vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { count } from "drizzle-orm";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { importAction, inventory } from "./actions-inventory";
import type { DbHandle } from "@/db/client";
import { auditLog } from "@/db/schema";
import { messageFor } from "@/lib/errors";

/** A server action is a public endpoint: every exported one must be built with guardedAction. The only
 * exception is the login action (nobody is signed in yet). */
const ALLOW_UNGUARDED = new Set(["app/(auth)/login/actions.ts#loginAction"]);

const inv = inventory();
let handle: DbHandle;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
});
afterAll(async () => drop());

describe("every server action goes through the guard", () => {
  it("finds the server actions in the code (the scan itself works)", () => {
    expect(inv.actions.length).toBeGreaterThan(20);
    expect(inv.actions.map((a) => a.key)).toContain("app/(auth)/login/actions.ts#loginAction");
    expect(inv.actions.map((a) => a.key)).toContain("app/(portal)/admin/pengguna/actions.ts#createUserAction");
  });

  it("no exported action is built without guardedAction (allow-list: loginAction)", () => {
    const unguarded = inv.actions
      .filter((a) => a.built === "unguarded" && !ALLOW_UNGUARDED.has(a.key))
      .map((a) => a.key);
    expect(unguarded).toEqual([]);
    for (const key of ALLOW_UNGUARDED) expect(inv.actions.find((a) => a.key === key)?.built).toBe("unguarded");
  });

  it("no inline 'use server' functions and no re-exports hide an action from this check", () => {
    expect(inv.inlineUseServer).toEqual([]);
    expect(inv.opaqueExports).toEqual([]);
  });

  it("called without a session, every guarded action refuses and writes nothing", async () => {
    actAs(null);
    const [{ n: before }] = await handle.db.select({ n: count() }).from(auditLog);
    for (const action of inv.actions.filter((a) => !ALLOW_UNGUARDED.has(a.key))) {
      const fn = await importAction(action);
      const fd = new FormData();
      fd.set("kode", "19.05.01.2004");
      fd.set("id", "1");
      const result = (await fn({ status: "idle" }, fd)) as { status?: string; message?: string };
      expect(result, action.key).toMatchObject({ status: "error", message: messageFor("unauthenticated") });
    }
    const [{ n: after }] = await handle.db.select({ n: count() }).from(auditLog);
    expect(after).toBe(before);
  });
});

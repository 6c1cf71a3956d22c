vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

/** Issue 17, finding 8: a failed query reached the server log with all its parameters (drizzle puts them in the
 * message, PostgreSQL's `detail` holds the whole row). Here a CHECK constraint makes the database refuse one
 * person's row, the way any query can fail; the register → action → write path and the page-render path
 * (instrumentation's onRequestError, then Next printing the error as `next start` does) must log an id, the route
 * and the error class, and no line may hold the person's name, NIK or address. */

import util from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { eq, sql } from "drizzle-orm";
import * as NextLog from "next/dist/build/output/log";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { form, userId } from "./users";
import type { DbHandle } from "@/db/client";
import { posyandu, sasaran } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import * as instrumentation from "@/instrumentation";
import { createIbuHamil } from "@/app/(portal)/wilayah/[kode]/sasaran/actions";
import { addDaysIso, todayIso } from "@/lib/periods";
import { redactConsole } from "@/lib/log";

const AIR_PUTIH = "19.05.01.2004";
const NAMA = "Siti Rahasia Logging";
const NIK = "1905014412930007";
const ALAMAT = "Jalan Melati Rahasia 7";
const SECRETS = [NAMA, NIK, ALAMAT, "Kepala Rahasia"];

let handle: DbHandle;
let drop: () => Promise<void>;
let lines: string[] = [];
const undo: Array<() => void> = [];

/** Every console line as it would reach stdout/stderr. */
function captureConsole() {
  lines = [];
  for (const m of ["error", "warn", "log", "info", "debug"] as const) {
    const spy = vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      lines.push(util.format(...args));
    });
    undo.push(() => spy.mockRestore());
  }
}

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
  // The database refuses this one person, as it may refuse any write (a constraint, a lost connection, a bug).
  await handle.db.execute(sql.raw(`ALTER TABLE sasaran ADD CONSTRAINT uji_log CHECK (nama <> '${NAMA}')`));
});
afterEach(() => {
  // register() installed the redaction over the spies: take it off first (it is idempotent and returns its undo).
  redactConsole()();
  while (undo.length) undo.pop()!();
});
afterAll(async () => drop());

/** Starts the server's logging as `next start` does: instrumentation's register() (its database boot is skipped
 * outside the Node.js runtime of Next). */
async function startServerLogging() {
  captureConsole();
  await instrumentation.register();
}

function expectNoPersonalData() {
  const leaks = lines.filter((l) => SECRETS.some((s) => l.includes(s)));
  expect(leaks, leaks.join("\n---\n").slice(0, 2_000)).toEqual([]);
}

describe("no personal data in the server log", () => {
  it("a failed write in a server action logs an id, the action and the class; the person sees the id", async () => {
    await startServerLogging();
    actAs(await userId(handle.db, "kpm.airputih"));
    const [pos] = await handle.db
      .select({ id: posyandu.id })
      .from(posyandu)
      .where(eq(posyandu.kodeWilayah, AIR_PUTIH))
      .limit(1);
    const state = await createIbuHamil(
      { status: "idle" },
      form({
        kode: AIR_PUTIH,
        nama: NAMA,
        nik: NIK,
        tanggalLahir: "1993-12-04",
        hpl: addDaysIso(todayIso(), 60),
        posyanduId: pos.id,
        kepalaKeluarga: "Kepala Rahasia",
        alamat: ALAMAT,
      }),
    );
    // Refused by the database, not by the form's validation.
    expect(state.status).toBe("error");
    expect(state.errors, JSON.stringify(state.errors)).toBeUndefined();
    expectNoPersonalData();
    const line = lines.find((l) => /error id=\w+ route=\S+ class=DrizzleQueryError cause=\w+ code=23514/.test(l));
    expect(line, lines.join("\n")).toBeDefined();
    const id = /id=(\w+)/.exec(line!)![1];
    expect(state.message).toContain(id);
  });

  it("a posted region code with a NUL byte is refused before any query: nothing to log", async () => {
    await startServerLogging();
    actAs(await userId(handle.db, "kpm.airputih"));
    const [pos] = await handle.db
      .select({ id: posyandu.id })
      .from(posyandu)
      .where(eq(posyandu.kodeWilayah, AIR_PUTIH))
      .limit(1);
    const state = await createIbuHamil(
      { status: "idle" },
      form({
        kode: `${AIR_PUTIH}\u0000`,
        nama: "Ibu Kode Rusak",
        tanggalLahir: "1993-12-04",
        hpl: addDaysIso(todayIso(), 60),
        posyanduId: pos.id,
        kepalaKeluarga: "Kepala Kode Rusak",
      }),
    );
    expect(state.status).toBe("error");
    expect(state.errors).toBeUndefined();
    expect(lines.filter((l) => l.includes("[tumbuh] error"))).toEqual([]);
  });

  it("a failed query while rendering a page: onRequestError's line and what Next prints after it", async () => {
    await startServerLogging();
    const [pos] = await handle.db.select({ id: posyandu.id }).from(posyandu).limit(1);
    let thrown: unknown;
    try {
      await handle.db.insert(sasaran).values({
        kodeWilayah: AIR_PUTIH,
        jenis: "ibu",
        nama: NAMA,
        nik: NIK,
        jenisKelamin: "P",
        tanggalLahir: "1993-12-04",
        posyanduId: pos.id,
      });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Error);
    // What Next does with an error thrown while rendering (next-server.js instrumentationOnRequestError): hand it to
    // instrumentation.onRequestError, then print it with its logger.
    const err = Object.assign(thrown as Error, { digest: "1234567890" });
    const hook = (instrumentation as { onRequestError?: (...a: unknown[]) => Promise<void> }).onRequestError;
    await hook?.(
      err,
      { path: `/wilayah/${AIR_PUTIH}/sasaran?q=${encodeURIComponent(NAMA)}`, method: "GET", headers: {} },
      {
        routerKind: "App Router",
        routePath: "/wilayah/[kode]/sasaran",
        routeType: "render",
        renderSource: "react-server-components",
      },
    );
    NextLog.error(err);
    expectNoPersonalData();
    expect(lines.join("\n")).toMatch(
      /error id=1234567890 route=render:\/wilayah\/\[kode\]\/sasaran class=DrizzleQueryError/,
    );
  });

  it("an unhandled rejection or a library logging an error object prints the summary", async () => {
    await startServerLogging();
    const err = Object.assign(new Error(`duplicate key: (nik)=(${NIK}) ${NAMA}`), { detail: ALAMAT, code: "23505" });
    console.error("Unhandled Rejection:", err);
    console.warn(err);
    expectNoPersonalData();
    expect(lines).toEqual(["Unhandled Rejection: [class=Error code=23505]", "[class=Error code=23505]"]);
  });
});

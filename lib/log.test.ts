import { describe, expect, it } from "vitest";
import { errorSummary, logError, redactConsole } from "./log";

describe("error logging without personal data", () => {
  it("summarises an error by class, cause and a code, never by message", () => {
    const cause = Object.assign(new Error("Key (nik)=(1905014412930007) already exists"), {
      name: "PostgresError",
      code: "23505",
      detail: "Siti Aminah",
    });
    class DrizzleQueryError extends Error {}
    const err = new DrizzleQueryError("Failed query: insert …\nparams: Siti Aminah,1905014412930007", { cause });
    expect(errorSummary(err)).toBe("class=DrizzleQueryError cause=Error code=23505");
    expect(errorSummary(new TypeError("x"))).toBe("class=TypeError");
    expect(errorSummary("Siti Aminah")).toBe("class=string");
    expect(errorSummary(null)).toBe("class=null");
    // A name or code set from data is not copied.
    expect(errorSummary(Object.assign(new Error(), { code: "Siti Aminah 1905" }))).toBe("class=Error");
    expect(errorSummary({ name: "Siti Aminah", stack: "" })).toBe("class=UnknownError");
  });

  it("logs one line with the id, the route and the class, and returns the id (Next's digest when there is one)", () => {
    const lines: string[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => void lines.push(a.join(" "));
    try {
      const id = logError(Object.assign(new Error("Siti"), { digest: "42" }), { route: "render:/wilayah/[kode]" });
      expect(id).toBe("42");
      const other = logError(new RangeError("1905014412930007"), { route: "action:sasaran" });
      expect(other).toMatch(/^[0-9a-f]{8}$/);
      expect(lines).toEqual([
        "[tumbuh] error id=42 route=render:/wilayah/[kode] class=Error",
        `[tumbuh] error id=${other} route=action:sasaran class=RangeError`,
      ]);
    } finally {
      console.error = original;
    }
  });

  it("redacts error objects in any console call, once, and can be undone", () => {
    const lines: string[] = [];
    const fake = { error: (...a: unknown[]) => void lines.push(a.join(" ")) } as unknown as Console;
    for (const m of ["warn", "log", "info", "debug"] as const)
      (fake as unknown as Record<string, unknown>)[m] = fake.error;
    const undo = redactConsole(fake);
    expect(redactConsole(fake)).toBe(undo);
    fake.error("⨯", Object.assign(new Error("Siti Aminah"), { digest: "7" }));
    fake.warn("plain text stays", 3);
    expect(lines).toEqual(["⨯ [class=Error id=7]", "plain text stays 3"]);
    undo();
    fake.error(new Error("after"));
    expect(lines[2]).toContain("after");
  });
});

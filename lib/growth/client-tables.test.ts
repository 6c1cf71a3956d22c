import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { loadClientGrowthTables, parseWhoTables, type WhoTablesPayload } from "./client-tables";
import { loadGrowthTables, whoGrowthDir } from "./tables";
import { WHO_TABLE_FILES, WHO_TABLE_NAMES } from "./who-files";
import { computeGrowth, type GrowthInput } from "./zscore";

/** The payload /api/luring/who answers, built the same way as the route. */
const payload = Object.fromEntries(
  WHO_TABLE_NAMES.map((n) => [n, fs.readFileSync(path.join(whoGrowthDir(), WHO_TABLE_FILES[n].file), "utf8")]),
) as WhoTablesPayload;

describe("the phone's WHO tables", () => {
  it("equal the server's: same lookups, same z-scores", () => {
    const phone = parseWhoTables(JSON.parse(JSON.stringify(payload)));
    const server = loadGrowthTables();
    for (const name of WHO_TABLE_NAMES) {
      expect(phone[name].minKey).toBe(server[name].minKey);
      expect(phone[name].maxKey).toBe(server[name].maxKey);
      for (const key of [
        server[name].minKey,
        server[name].maxKey,
        Math.round((server[name].minKey + server[name].maxKey) / 2),
      ])
        for (const sex of [1, 2] as const) expect(phone[name].get(sex, key)).toEqual(server[name].get(sex, key));
    }
    const args: GrowthInput = { sex: "L", ageDays: 389, weightKg: 9.1, lengthCm: 74.2, measured: null, oedema: false };
    expect(computeGrowth(args, phone)).toEqual(computeGrowth(args, server));
  });

  it("refuses a payload with a table missing or malformed", () => {
    expect(() => parseWhoTables(null)).toThrow();
    expect(() => parseWhoTables({ ...payload, bmiForAge: undefined })).toThrow(/bmiForAge/);
    expect(() => parseWhoTables({ ...payload, weightForAge: "a,b\n1,2" })).toThrow();
  });

  it("fetches /api/luring/who once, and again after a failure", async () => {
    const ok = vi.fn(async () => Response.json(payload));
    const down = vi.fn(async () => new Response("", { status: 503 }));
    await expect(loadClientGrowthTables(down as unknown as typeof fetch)).rejects.toThrow(/503/);
    const [a, b] = await Promise.all([
      loadClientGrowthTables(ok as unknown as typeof fetch),
      loadClientGrowthTables(ok as unknown as typeof fetch),
    ]);
    expect(a).toBe(b);
    expect(ok).toHaveBeenCalledTimes(1);
    expect(ok.mock.calls[0]).toEqual(["/api/luring/who", { credentials: "same-origin" }]);
  });
});

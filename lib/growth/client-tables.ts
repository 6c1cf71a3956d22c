import { parseLmsCsv, type GrowthTables, type LmsKeyKind } from "./lms";

/* The WHO tables on the phone: fetched once from /api/luring/who (cached by the service worker), parsed with the
 * same parseLmsCsv as the server's lib/growth/tables.ts. Browser only. */

const KEYS: Readonly<Record<keyof GrowthTables, LmsKeyKind>> = {
  lengthHeightForAge: "days",
  weightForAge: "days",
  weightForLength: "tenths",
  weightForHeight: "tenths",
  bmiForAge: "days",
};

let loading: Promise<GrowthTables> | null = null;

export function loadClientGrowthTables(): Promise<GrowthTables> {
  loading ??= fetch("/api/luring/who")
    .then((r) => {
      if (!r.ok) throw new Error(`WHO tables: HTTP ${r.status}`);
      return r.json() as Promise<Record<keyof GrowthTables, string>>;
    })
    .then((csv) => {
      const out = {} as Record<keyof GrowthTables, ReturnType<typeof parseLmsCsv>>;
      for (const [name, kind] of Object.entries(KEYS) as [keyof GrowthTables, LmsKeyKind][])
        out[name] = parseLmsCsv(csv[name], kind);
      return out;
    })
    .catch((e: unknown) => {
      loading = null;
      throw e;
    });
  return loading;
}

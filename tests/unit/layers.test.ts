import { describe, expect, it } from "vitest";
import { crossings, describeViolation, importsOf, layerViolations, resolveImport } from "./layers";

describe("layers: lib/ is pure, components/ takes props, db/ sits below the routes", () => {
  const all = layerViolations(process.cwd());

  it("no import crosses a layer", () => {
    expect(all.map(describeViolation)).toEqual([]);
  });

  it("reads every way a file can name a module", () => {
    const refs = importsOf(
      "components/x.tsx",
      `import a from "@/db/a";
       import type { B } from "../db/b";
       import { type C } from "./c";
       export { d } from "@/app/d";
       export * from "next/link";
       const e = () => import("@/db/e");
       type F = typeof import("@/db/f");
       const g = require("@/db/g");`,
    );
    expect(refs.map((r) => `${r.line} ${r.kind} ${r.specifier}`)).toEqual([
      "1 import @/db/a",
      "2 import type ../db/b",
      "3 import ./c",
      "4 export from @/app/d",
      "5 export from next/link",
      "6 import() @/db/e",
      "7 import type() @/db/f",
      "8 require @/db/g",
    ]);
  });

  it("resolves aliases and relative paths to repository paths, packages to nothing", () => {
    expect(resolveImport("lib/dashboard/x.ts", "@/db/schema")).toBe("db/schema");
    expect(resolveImport("lib/dashboard/x.ts", "../../db/queries/a")).toBe("db/queries/a");
    expect(resolveImport("lib/dashboard/x.ts", "./gaps")).toBe("lib/dashboard/gaps");
    expect(resolveImport("lib/dashboard/x.ts", "next/link")).toBeNull();
  });

  it("names file, import and rule, and holds every rule", () => {
    const found = (file: string, text: string) => crossings(file, text).map(describeViolation);
    expect(found("components/x.tsx", `import type { Region } from "@/db/schema";`)).toEqual([
      'components/x.tsx:1 import type "@/db/schema" (db/schema) breaks: components/ takes props only: nothing from db/ or app/, type-only imports included',
    ]);
    expect(found("components/x.tsx", `import { y } from "../app/(portal)/y";`)).toHaveLength(1);
    expect(found("components/x.tsx", `import { y } from "@/lib/y";`)).toEqual([]);
    expect(found("lib/a/x.ts", `export { q } from "../../db/queries/q";`)).toHaveLength(1);
    expect(found("lib/a/x.ts", `const m = await import("@/components/m");`)).toHaveLength(1);
    expect(found("lib/a/x.ts", `import { z } from "@/app/z";`)).toHaveLength(1);
    expect(found("lib/auth/x.ts", `import { q } from "@/db/queries/q";`)).toEqual([]);
    expect(found("lib/auth/x.ts", `import { c } from "@/components/c";`)).toHaveLength(1);
    expect(found("db/x.ts", `import type { V } from "@/app/v";`)).toHaveLength(1);
    expect(found("db/x.ts", `import { C } from "@/components/c";`)).toHaveLength(1);
    expect(found("db/x.ts", `import { L } from "@/lib/l";`)).toEqual([]);
    expect(found("app/x.tsx", `import { q } from "@/db/q";`)).toEqual([]);
  });
});

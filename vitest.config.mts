import { defineConfig } from "vitest/config";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));

// Two projects: "unit" is pure logic (no I/O beyond bundled reference files);
// "db" runs against a real database — PostgreSQL when DATABASE_URL is set,
// otherwise an in-memory PGlite.
export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // server-only throws outside React Server Components; tests exercise the same modules directly.
      "server-only": path.join(root, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "db",
          // The parity test needs a PostgreSQL server to compare with PGlite; CI always provides one.
          include: [
            "tests/db/**/*.test.ts",
            ...(process.env.PARITY_DATABASE_URL || process.env.DATABASE_URL ? ["tests/parity/**/*.test.ts"] : []),
          ],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Every file opens its own database (a uniquely named PostgreSQL database or an in-memory PGlite),
          // so files can run side by side on the two cores.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});

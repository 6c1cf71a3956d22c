import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and resolves files by URL: bundling it breaks every query.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "exceljs"],
  poweredByHeader: false,
  experimental: { authInterrupts: true },
  // Reference CSVs and migrations are read from disk at run time.
  outputFileTracingIncludes: { "/**": ["./db/reference/**/*", "./db/migrations/**/*"] },
};

export default nextConfig;

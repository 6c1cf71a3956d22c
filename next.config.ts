import type { NextConfig } from "next";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import { authSecretProblem } from "./lib/auth/secret";
import { SECURITY_HEADERS, STATIC_CSP } from "./lib/auth/security-headers";

const nextConfig: NextConfig = {
  // PGlite ships WASM and resolves files by URL: bundling it breaks every query.
  // esbuild: Serwist bundles the service worker with it inside app/sw.js/route.ts (what @serwist/turbopack's
  // withSerwist adds; written out so `next start` never loads the build tool to read its config).
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "exceljs", "esbuild"],
  poweredByHeader: false,
  experimental: { authInterrupts: true },
  // Reference CSVs and migrations are read from disk at run time.
  outputFileTracingIncludes: { "/**": ["./db/reference/**/*", "./db/migrations/**/*"] },
  async headers() {
    return [
      // Every response; pages and route handlers also get a per-request CSP with a nonce from proxy.ts.
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      // Files the proxy does not see get a CSP of their own (nothing may load, nothing may frame them).
      ...["/_next/static/:path*", "/_next/image", "/favicon.ico", "/robots.txt"].map((source) => ({
        source,
        headers: [{ key: "Content-Security-Policy", value: STATIC_CSP }],
      })),
      // The browser checks for a new worker on every navigation; no cache may hide one (docs/offline.md).
      { source: "/sw.js", headers: [{ key: "Cache-Control", value: "no-cache" }] },
    ];
  },
};

export default function config(phase: string): NextConfig {
  // A production server without a proper AUTH_SECRET stops here, at start-up, with one clear line.
  const problem = phase === PHASE_PRODUCTION_SERVER ? authSecretProblem() : null;
  if (problem) {
    console.error(`\n[tumbuh] ${problem}\n`);
    throw new Error(problem);
  }
  return nextConfig;
}

import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
// Relative: next.config.ts loads this file, and its loader does not resolve the @/ alias.
import { setupText } from "../i18n/setup";

type SecretEnv = { AUTH_SECRET?: string; DATABASE_URL?: string; NODE_ENV?: string };

/** Why the environment cannot sign sessions in production, or null. Production against PostgreSQL needs an
 * AUTH_SECRET of at least 32 characters; embedded (PGlite) mode is for trying Tumbuh out and makes its own. */
export function authSecretProblem(env: SecretEnv = process.env): string | null {
  if (env.NODE_ENV !== "production" || !env.DATABASE_URL) return null;
  if (!env.AUTH_SECRET) {
    return setupText.authSecretMissing;
  }
  if (env.AUTH_SECRET.length < 32) return setupText.authSecretShort;
  return null;
}

/** AUTH_SECRET from the environment; in embedded (no DATABASE_URL) mode a random secret is created once
 * under .data/ so `npm run dev` works with no configuration. A production start against PostgreSQL
 * without a proper AUTH_SECRET is a configuration error (next.config.ts refuses to start; this is the
 * second line). */
export function resolveAuthSecret(): string | undefined {
  if (process.env.NEXT_PHASE === "phase-production-build") return process.env.AUTH_SECRET || undefined;
  const problem = authSecretProblem();
  if (problem) throw new Error(problem);
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(process.cwd(), ".data", "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = crypto.randomBytes(32).toString("base64url");
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

/** AUTH_SECRET from the environment; in embedded (no DATABASE_URL) mode a random secret is created once
 * under .data/ so `npm run dev` works with no configuration. A production start against PostgreSQL
 * without AUTH_SECRET is a configuration error. */
export function resolveAuthSecret(): string | undefined {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (process.env.NEXT_PHASE === "phase-production-build") return undefined;
  if (process.env.NODE_ENV === "production" && process.env.DATABASE_URL) {
    throw new Error("AUTH_SECRET wajib diisi untuk produksi (DATABASE_URL terpasang). Buat dengan: openssl rand -base64 32");
  }
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

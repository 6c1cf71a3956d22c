import { z } from "zod";
import { setupText } from "@/lib/i18n/setup";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, setupText.databaseUrl)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Folder for the embedded database; "memory://" keeps it in RAM (tests). */
  PGLITE_DATA_DIR: z.string().default(".data/pglite"),
  AUTH_SECRET: z.string().min(16).optional(),
  /** Reverse proxies in front of the server that append to X-Forwarded-For (lib/auth/client-ip.ts); 0: none, the
   * socket address is the client's. */
  TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).max(10).default(0),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof schema>;

/** Validated at first use so a bad value fails loudly with the variable's name. */
export function getEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(setupText.envInvalid(detail));
  }
  return parsed.data;
}

export function isEmbeddedDb(): boolean {
  return !getEnv().DATABASE_URL;
}

import { bigserial, boolean, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Login attempts, kept in PostgreSQL so throttling survives restarts and works across app instances. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    username: text("username").notNull(),
    ip: text("ip"),
    success: boolean("success").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("login_attempts_username_at_idx").on(t.username, t.at),
    index("login_attempts_ip_at_idx").on(t.ip, t.at),
  ],
);

export type LoginAttempt = typeof loginAttempts.$inferSelect;

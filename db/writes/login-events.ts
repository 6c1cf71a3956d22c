import "server-only";
import { recordAudit } from "./audit";
import type { Role } from "@/lib/auth/permissions";

/** Logins are audited, successes and failures alike (the attempted username is kept for failures). */
export async function recordLogin(input: {
  username: string;
  userId: number | null;
  success: boolean;
  role?: Role;
  scopeKode?: string;
}) {
  const actor =
    input.success && input.userId && input.role
      ? { id: input.userId, username: input.username, role: input.role }
      : null;
  await recordAudit(actor, {
    action: input.success ? "login" : "login_gagal",
    entity: "sesi",
    entityId: input.userId,
    kodeWilayah: input.scopeKode ?? null,
    after: { username: input.username },
  });
}

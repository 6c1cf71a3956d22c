/** Stand-in for "@/auth" in integration tests: the session names a real user row; everything after
 * (user lookup, scope, permission, database writes) runs for real. Use with
 *   vi.mock("@/auth", () => import("./mock-auth"));
 */
let currentUserId: number | null = null;

export function actAs(userId: number | null) {
  currentUserId = userId;
}

export async function auth() {
  return currentUserId ? { user: { id: String(currentUserId), role: "kpm", scopeKode: "" }, expires: "" } : null;
}

export async function currentSession() {
  return currentUserId ? { uid: currentUserId } : null;
}

export async function signIn() {
  throw new Error("signIn is not available in integration tests");
}

export async function signOut() {}

export const handlers = {};

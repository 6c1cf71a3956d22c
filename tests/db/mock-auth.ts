/** Stand-in for "@/auth" in integration tests: the session names a real user row; everything after
 * (user lookup, scope, permission, database writes) runs for real. Use with
 *   vi.mock("@/auth", () => import("./mock-auth"));
 */
let currentUserId: number | null = null;
let currentClaims: { loginAt?: number; sid?: string } = {};

/** `session`: the sign-in time and sid the session cookie would carry (tests of session revocation). */
export function actAs(userId: number | null, session: { loginAt?: number; sid?: string } = {}) {
  currentUserId = userId;
  currentClaims = session;
}

export async function auth() {
  return currentUserId ? { user: { id: String(currentUserId), role: "kpm", scopeKode: "" }, expires: "" } : null;
}

export async function currentSession() {
  return currentUserId ? { uid: currentUserId, ...currentClaims } : null;
}

export async function signIn() {
  throw new Error("signIn is not available in integration tests");
}

export async function signOut() {}

export const handlers = {};

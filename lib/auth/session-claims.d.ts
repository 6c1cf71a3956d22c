/** Claims added to the next-auth session for revocation (see lib/auth/guard.ts). Kept beside the other
 * augmentation in types/next-auth.d.ts; interfaces merge. */
declare module "next-auth" {
  interface Session {
    /** When this session was signed in (ms since epoch); JWT refreshes keep it. */
    loginAt?: number;
    /** Random id of this session, so one session can be revoked on logout. */
    sid?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    loginAt?: number;
    sid?: string;
  }
}

export {};

import type { Role } from "@/lib/auth/permissions";

declare module "next-auth" {
  interface User {
    role: Role;
    scopeKode: string;
  }
  interface Session {
    user: { id: string; name?: string | null; role: Role; scopeKode: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    role?: Role;
    scope?: string;
  }
}

/** The one permission table. Adding a role fails type-checking until every capability list names it (and
 * ROLE_LABELS in lib/i18n/auth.ts names it). ROLES is also the user_role enum of db/schema/users.ts. */
export const ROLES = ["kpm", "perangkat_desa", "kepala_desa", "kecamatan", "kabupaten", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const CAPABILITIES = [
  "wilayah:read",
  "sasaran:read",
  "sasaran:write",
  "sasaran:transfer",
  "pemantauan:read",
  "pemantauan:write",
  "posyandu:write",
  "kegiatan:write",
  "scorecard:read",
  "scorecard:submit",
  "scorecard:approve",
  "scorecard:return",
  "period:unlock",
  "apbdes:read",
  "apbdes:write",
  "apbdes:approve",
  "dashboard:read",
  "pelatihan:write",
  "users:manage",
  "settings:manage",
  "audit:read",
  "account:password",
] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const PERMISSIONS = {
  kpm: [
    "wilayah:read",
    "sasaran:read",
    "sasaran:write",
    "pemantauan:read",
    "pemantauan:write",
    "posyandu:write",
    "kegiatan:write",
    "scorecard:read",
    "scorecard:submit",
    "apbdes:read",
    "account:password",
  ],
  perangkat_desa: [
    "wilayah:read",
    "sasaran:read",
    "pemantauan:read",
    "scorecard:read",
    "apbdes:read",
    "apbdes:write",
    "dashboard:read",
    "account:password",
  ],
  kepala_desa: [
    "wilayah:read",
    "sasaran:read",
    "pemantauan:read",
    "posyandu:write",
    "scorecard:read",
    "scorecard:approve",
    "scorecard:return",
    "apbdes:read",
    "apbdes:write",
    "apbdes:approve",
    "dashboard:read",
    "account:password",
  ],
  kecamatan: [
    "wilayah:read",
    "sasaran:read",
    "sasaran:transfer",
    "pemantauan:read",
    "scorecard:read",
    "scorecard:return",
    "apbdes:read",
    "dashboard:read",
    "pelatihan:write",
    "account:password",
  ],
  kabupaten: [
    "wilayah:read",
    "sasaran:read",
    "sasaran:transfer",
    "pemantauan:read",
    "scorecard:read",
    "apbdes:read",
    "dashboard:read",
    "pelatihan:write",
    "audit:read",
    "account:password",
  ],
  admin: [...CAPABILITIES],
} as const satisfies Record<Role, readonly Capability[]>;

export function can(role: Role, capability: Capability): boolean {
  return (PERMISSIONS[role] as readonly Capability[]).includes(capability);
}

/** Region level a role's scope must be at (used when creating accounts). */
export const ROLE_SCOPE_LEVEL = {
  kpm: "village",
  perangkat_desa: "desa",
  kepala_desa: "desa",
  kecamatan: "kecamatan",
  kabupaten: "kabupaten",
  admin: "kabupaten",
} as const satisfies Record<Role, "village" | "desa" | "kecamatan" | "kabupaten">;

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

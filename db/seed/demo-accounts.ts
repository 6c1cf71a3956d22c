import type { Role } from "@/lib/auth/permissions";

export const DEMO_PASSWORD = "tumbuh-demo";

/** The demo accounts named in the README; all share DEMO_PASSWORD. */
export const DEMO_ACCOUNTS: ReadonlyArray<{ username: string; displayName: string; role: Role; scopeKode: string }> = [
  { username: "admin", displayName: "Admin Sistem", role: "admin", scopeKode: "19.05" },
  { username: "tpps.kab", displayName: "Sekretariat TPPS Bangka Barat", role: "kabupaten", scopeKode: "19.05" },
  { username: "tpps.mentok", displayName: "TPPS Kecamatan Mentok", role: "kecamatan", scopeKode: "19.05.01" },
  {
    username: "tpps.simpangteritip",
    displayName: "TPPS Kecamatan Simpang Teritip",
    role: "kecamatan",
    scopeKode: "19.05.02",
  },
  {
    username: "kades.airputih",
    displayName: "Rusdi (Kades Air Putih)",
    role: "kepala_desa",
    scopeKode: "19.05.01.2004",
  },
  {
    username: "operator.airputih",
    displayName: "Sari (Operator Air Putih)",
    role: "perangkat_desa",
    scopeKode: "19.05.01.2004",
  },
  { username: "kpm.airputih", displayName: "Nurhayati (KPM Air Putih)", role: "kpm", scopeKode: "19.05.01.2004" },
  {
    username: "kades.belolaut",
    displayName: "Hasan (Kades Belo Laut)",
    role: "kepala_desa",
    scopeKode: "19.05.01.2006",
  },
  { username: "kpm.belolaut", displayName: "Siti (KPM Belo Laut)", role: "kpm", scopeKode: "19.05.01.2006" },
  { username: "kpm.pelangas", displayName: "Dewi (KPM Pelangas)", role: "kpm", scopeKode: "19.05.02.2001" },
];

/** One demo account per role (the first listed): the access tests sign in as these. */
export const DEMO_USER_BY_ROLE = Object.fromEntries(
  DEMO_ACCOUNTS.filter((a, i) => DEMO_ACCOUNTS.findIndex((b) => b.role === a.role) === i).map((a) => [
    a.role,
    a.username,
  ]),
) as Record<Role, string>;

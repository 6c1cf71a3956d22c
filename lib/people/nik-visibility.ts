import { maskNik } from "./nik";
import { isInScope } from "@/lib/auth/scope";
import type { Role } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";

/** Roles that work with the people of one desa and need the full NIK to match it against the KK/KTP. */
const DESA_ROLES: ReadonlySet<Role> = new Set(["kpm", "perangkat_desa", "kepala_desa"]);

/** The one rule for showing a NIK (UU 27/2022 PDP, data minimisation): in full only to desa-level roles of the
 * record's own desa; everyone else — kecamatan, kabupaten, admin — gets `1905••••••••0003`. Pages, exports and
 * the audit viewer all call this. */
export function nikFor(
  viewer: Pick<Viewer, "role" | "scopeKode">,
  nik: string | null | undefined,
  kodeWilayah: string,
): string | null {
  if (!nik) return null;
  if (DESA_ROLES.has(viewer.role) && isInScope(viewer.scopeKode, kodeWilayah)) return nik;
  return maskNik(nik);
}

/** Masks every `nik`-named field inside a JSON value (audit before/after snapshots) for viewers who may not
 * see it in full. */
export function maskNikDeep(
  viewer: Pick<Viewer, "role" | "scopeKode">,
  value: unknown,
  kodeWilayah: string | null,
): unknown {
  if (Array.isArray(value)) return value.map((v) => maskNikDeep(viewer, v, kodeWilayah));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        /nik$/i.test(k) && typeof v === "string"
          ? kodeWilayah
            ? nikFor(viewer, v, kodeWilayah)
            : maskNik(v)
          : maskNikDeep(viewer, v, kodeWilayah),
      ]),
    );
  }
  return value;
}

import { maskNik, maskNikRuns } from "./nik";
import { isInScope } from "@/lib/auth/scope";
import type { Role } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";

/**
 * The NIK policy (docs/security.md "NIK"), in one module. A NIK is seen, searched, typed and confirmed only by
 * the desa-level roles of the record's own desa; everyone else — another desa, kecamatan, kabupaten, admin — gets
 * the masked form of `maskNik`, from which no hidden digit can be derived with what the same page shows.
 */

/** Roles that work with the people of one desa and need the full NIK to match it against the KK/KTP. */
const DESA_ROLES: ReadonlySet<Role> = new Set(["kpm", "perangkat_desa", "kepala_desa"]);

type NikViewer = Pick<Viewer, "role" | "scopeKode">;

/** Whether this viewer may see, search by and type the NIKs of this desa. */
export function seesFullNik(viewer: NikViewer, kodeWilayah: string): boolean {
  return DESA_ROLES.has(viewer.role) && isInScope(viewer.scopeKode, kodeWilayah);
}

/** A target's NIK as this viewer may see it (UU 27/2022 PDP, data minimisation). Pages, exports and the audit
 * viewer all call this. */
export function nikFor(viewer: NikViewer, nik: string | null | undefined, kodeWilayah: string): string | null {
  if (!nik) return null;
  return seesFullNik(viewer, kodeWilayah) ? nik : maskNik(nik);
}

/** A search term as an audit entry keeps it: every digit run long enough to search NIKs by (the list matches
 * NIK digits from 4 on) is hidden, so the term cannot give away a NIK or a piece of one. */
function maskSearchTerm(q: string): string {
  return q.replace(/\d(?:[\s.\-\u00a0]*\d){3,}/g, (run) => "•".repeat(run.replace(/\D/g, "").length));
}

const isNikKey = (key: string) => /nik$/i.test(key);

/** Rewrites every string inside a JSON-like value, knowing the keys that lead to it; dates and other class
 * instances are kept as they are. */
function mapStrings(value: unknown, rewrite: (text: string, path: readonly string[]) => string, path: string[] = []) {
  if (typeof value === "string") return rewrite(value, path);
  if (Array.isArray(value)) return value.map((v): unknown => mapStrings(v, rewrite, path));
  if (value && typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]): [string, unknown] => [k, mapStrings(v, rewrite, [...path, k])]),
    );
  }
  return value;
}

/**
 * What an audit entry may store (writeAudit calls this on before and after): every NIK-like run in every string
 * is masked, a search term keeps no run of 4+ digits, and any `…nik` field is masked — except the target's own
 * `nik` column in its before/after snapshot. That one stays, so a corrected NIK still shows as a change in the
 * history; the record holds it in full anyway, and every reader gets it through `nikFor` (`maskNikDeep`).
 */
export function maskNiksForAudit(entity: string, value: unknown): unknown {
  return mapStrings(value, (text, path) => {
    const key = path.at(-1) ?? "";
    if (key === "q") return maskSearchTerm(text);
    if (entity === "sasaran" && path.length === 1 && key === "nik") return text;
    return isNikKey(key) ? maskNik(text) : maskNikRuns(text);
  });
}

/** An audit snapshot as this viewer may read it: `…nik` fields by `nikFor` (the region's desa roles see the
 * target's NIK), and — for rows written before masking on write — search terms and NIK-like runs anywhere
 * else masked for everyone. */
export function maskNikDeep(viewer: NikViewer, value: unknown, kodeWilayah: string | null): unknown {
  return mapStrings(value, (text, path) => {
    const key = path.at(-1) ?? "";
    if (key === "q") return maskSearchTerm(text);
    if (isNikKey(key)) return kodeWilayah ? (nikFor(viewer, text, kodeWilayah) ?? text) : maskNik(text);
    return maskNikRuns(text);
  });
}

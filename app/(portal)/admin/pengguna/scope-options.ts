import "server-only";
import { getRegionName, listRegionsInScope } from "@/db/queries/regions";
import { regionTitle } from "@/lib/regions";
import type { Viewer } from "@/lib/auth/viewer";
import type { ScopeOption } from "./account-fields";

/** Every region an account may be scoped to, inside the admin's own scope: the kabupaten, its kecamatan and
 * desa/kelurahan. The form filters them by the chosen role. */
export async function scopeOptions(viewer: Viewer): Promise<ScopeOption[]> {
  const [own, below] = await Promise.all([
    getRegionName(viewer.scopeKode),
    listRegionsInScope({ viewer, jenis: ["kecamatan", "desa", "kelurahan"] }),
  ]);
  const top = own
    ? [{ value: viewer.scopeKode, label: `${regionTitle(own)} (${viewer.scopeKode})`, jenis: own.jenis }]
    : [];
  return [...top, ...below.map((r) => ({ value: r.kode, label: `${regionTitle(r)} (${r.kode})`, jenis: r.jenis }))];
}

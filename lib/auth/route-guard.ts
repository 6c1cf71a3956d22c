import "server-only";
import { getViewer } from "./guard";
import { can, type Capability } from "./permissions";
import { getRegionInScope } from "@/db/queries/regions";
import { messageFor } from "@/lib/errors";
import { plainResponse } from "@/lib/excel";
import type { Viewer } from "./viewer";
import type { Region } from "@/db/schema";

/** Route handlers (exports, downloads) get the same checks as pages: signed in (401), region in scope (404,
 * revealing nothing), capability (403), optionally village level only (404). */
export async function guardRoute(
  rawKode: string,
  capability: Capability | ((viewer: Viewer) => boolean),
  opts: { villageOnly?: boolean } = {},
): Promise<{ viewer: Viewer; region: Region } | Response> {
  const viewer = await getViewer();
  if (!viewer) return plainResponse(401, messageFor("unauthenticated"));
  const region = await getRegionInScope({ viewer, kode: decodeURIComponent(rawKode) });
  if (!region || (opts.villageOnly && region.jenis !== "desa" && region.jenis !== "kelurahan"))
    return plainResponse(404, messageFor("not_found"));
  const allowed = typeof capability === "function" ? capability(viewer) : can(viewer.role, capability);
  if (!allowed) return plainResponse(403, messageFor("forbidden"));
  return { viewer, region };
}

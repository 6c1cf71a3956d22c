import "server-only";
import { getViewer } from "./guard";
import { can } from "./permissions";
import { getRegionInScope } from "@/db/queries/regions";
import { messageFor } from "@/lib/errors";
import { plainResponse } from "@/lib/excel";
import { authText } from "@/lib/i18n/auth";
import { isCrossSiteDownload } from "./request-origin";
import { regionKodeParam } from "@/lib/route-params";
import { section as sectionOf, sectionAt, type SectionKey } from "@/lib/sections";
import type { Viewer } from "./viewer";
import type { Region } from "@/db/schema";

/** Route handlers (exports, downloads) of a section (lib/sections.ts) get the same checks as its pages: signed in
 * (401), region in scope (404, revealing nothing), the section's downloads present at the region's level (404;
 * `use: "write"`: only where the section is written), the section's read capability (403) unless `allowed` says
 * otherwise. Before all of them, a download another site started (Sec-Fetch-Site, lib/auth/request-origin.ts) is
 * refused (403): a link elsewhere must not take the user's data out, nor audit an export in their name. A route
 * audits its export only once the file is built, just before answering with it. */
export async function guardRoute(
  request: Request,
  rawKode: string,
  section: SectionKey,
  opts: { use?: "write"; allowed?: (viewer: Viewer) => boolean } = {},
): Promise<{ viewer: Viewer; region: Region } | Response> {
  if (isCrossSiteDownload(request.headers)) return plainResponse(403, authText.crossSite.download);
  const viewer = await getViewer();
  if (!viewer) return plainResponse(401, messageFor("unauthenticated"));
  const kode = regionKodeParam(rawKode);
  const region = kode ? await getRegionInScope({ viewer, kode }) : null;
  if (!region || !sectionAt(section, region.jenis, opts.use ?? "export"))
    return plainResponse(404, messageFor("not_found"));
  const allowed = opts.allowed ? opts.allowed(viewer) : can(viewer.role, sectionOf(section).read);
  if (!allowed) return plainResponse(403, messageFor("forbidden"));
  return { viewer, region };
}

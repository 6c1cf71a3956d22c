import type { NextRequest } from "next/server";
import { getViewer } from "@/lib/auth/guard";
import { isCrossSiteDownload } from "@/lib/auth/request-origin";
import { getOfflineSnapshot } from "@/db/queries/offline";
import { messageFor } from "@/lib/errors";
import { logError } from "@/lib/log";
import { authText } from "@/lib/i18n/auth";
import { sinkronText } from "@/lib/i18n/sinkron";
import { jsonResponse } from "../json";

/** GET /api/luring/data?sejak=<cursor>: the signed-in KPM's desa for offline capture (lib/offline/protocol.ts
 * OfflineSnapshot) — everything, or what changed since the cursor. 401 signed out; 403 for anyone but the KPM of one
 * desa, and for a download another site started. Never cached (`no-store, private`). */
export async function GET(request: NextRequest) {
  if (isCrossSiteDownload(request.headers)) return jsonResponse(403, { message: authText.crossSite.download });
  const viewer = await getViewer();
  if (!viewer) return jsonResponse(401, { message: messageFor("unauthenticated") });
  try {
    const sejak = request.nextUrl.searchParams.get("sejak");
    const snapshot = await getOfflineSnapshot({ viewer, sejak });
    if (!snapshot) return jsonResponse(403, { message: sinkronText.desaKpmOnly });
    return jsonResponse(200, snapshot);
  } catch (error) {
    const id = logError(error, { route: "/api/luring/data" });
    return jsonResponse(500, { message: messageFor("internal"), id });
  }
}

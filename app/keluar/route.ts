import { NextResponse, type NextRequest } from "next/server";
import { signOut } from "@/auth";
import { getViewer } from "@/lib/auth/guard";
import { recordAudit } from "@/db/writes/audit";
import { isCrossOriginWrite } from "@/lib/auth/request-origin";
import { plainResponse } from "@/lib/excel";
import { authText } from "@/lib/i18n/auth";

/** Sign-out as a plain form POST answered with 303, so the browser loads /login afresh. Only from the portal's own
 * pages: another site's form must not end the user's session (route handlers get no CSRF check from Next). */
export async function POST(request: NextRequest) {
  if (isCrossOriginWrite(request.headers)) return plainResponse(403, authText.crossSite.write);
  const viewer = await getViewer();
  if (viewer) {
    await recordAudit(viewer, {
      action: "logout",
      entity: "sesi",
      entityId: viewer.id,
      kodeWilayah: viewer.scopeKode,
    });
  }
  await signOut({ redirect: false });
  const response = NextResponse.redirect(new URL("/login", request.url), 303);
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("Clear-Site-Data", '"cache"');
  return response;
}

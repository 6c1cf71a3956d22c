import { NextResponse, type NextRequest } from "next/server";
import { signOut } from "@/auth";
import { getViewer } from "@/lib/auth/guard";
import { recordAudit } from "@/db/writes/audit";

/** Sign-out as a plain form POST answered with 303, so the browser loads /login afresh. */
export async function POST(request: NextRequest) {
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

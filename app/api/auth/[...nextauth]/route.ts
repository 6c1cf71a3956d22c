import type { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { isCrossOriginWrite } from "@/lib/auth/request-origin";
import { plainResponse } from "@/lib/excel";
import { authText } from "@/lib/i18n/auth";

export const { GET } = handlers;

/** Auth.js checks its own CSRF token on these POSTs; the Origin check is the same one every state-changing route
 * handler makes (lib/auth/request-origin.ts). */
export async function POST(request: NextRequest) {
  if (isCrossOriginWrite(request.headers)) return plainResponse(403, authText.crossSite.write);
  return handlers.POST(request);
}

import type { NextRequest } from "next/server";
import { getViewer } from "@/lib/auth/guard";
import { isCrossOriginWrite } from "@/lib/auth/request-origin";
import { messageFor } from "@/lib/errors";
import { logError } from "@/lib/log";
import { authText } from "@/lib/i18n/auth";
import { sinkronText } from "@/lib/i18n/sinkron";
import { sendItemSchema } from "@/lib/offline/send-item-schema";
import { jsonResponse } from "../json";
import { sendItem } from "./send-item";

/** One outbox item is a form's fields and a little more; anything larger is no item. */
const SEND_BODY_LIMIT = 64 * 1024;

/** The body, or null once it grows past the limit: a chunked body declares no length, and is never buffered whole. */
async function readCapped(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** POST /api/luring/kirim: one item of a phone's outbox (lib/offline/protocol.ts SendItem), saved through the same
 * guard, validation and write as the online form, answered with a SendAnswer (200), or 401 (signed out, or a
 * temporary password: the item stays queued), 400 (no item), 413 (too large), 403 (another site's request: route
 * handlers get no CSRF check from Next, lib/auth/request-origin.ts). */
export async function POST(request: NextRequest) {
  if (isCrossOriginWrite(request.headers)) return jsonResponse(403, { message: authText.crossSite.write });
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > SEND_BODY_LIMIT) return jsonResponse(413, { message: sinkronText.tooLarge });
  const viewer = await getViewer();
  if (!viewer) return jsonResponse(401, { message: messageFor("unauthenticated") });
  try {
    const body = await readCapped(request, SEND_BODY_LIMIT);
    if (!body) return jsonResponse(413, { message: sinkronText.tooLarge });
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
    } catch {
      return jsonResponse(400, { message: sinkronText.notAnItem });
    }
    const item = sendItemSchema.safeParse(json);
    if (!item.success) return jsonResponse(400, { message: sinkronText.notAnItem });
    return jsonResponse(200, await sendItem(viewer, item.data));
  } catch (error) {
    const id = logError(error, { route: "/api/luring/kirim" });
    return jsonResponse(500, { message: messageFor("internal"), id });
  }
}

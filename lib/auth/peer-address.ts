import { randomBytes } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { getEnv } from "@/lib/env";
import { clientIp } from "./client-ip";

/**
 * The address of the socket a request came in on. Next 16 gives route handlers, server actions and Auth.js only
 * the request headers; `next start` fills X-Forwarded-For with the socket address, but only when the client sent
 * none (`req.headers['x-forwarded-for'] ??= socket.remoteAddress` in next/dist/server/base-server.js), so a client
 * that sends its own hides its address. So the server stamps every request, before Next reads it, with the socket
 * address in `x-tumbuh-peer`, prefixed by a tag drawn at random for this process: a client cannot forge the header
 * (it does not know the tag), and one sent before the stamp was installed is not believed.
 */
export const PEER_HEADER = "x-tumbuh-peer";

type NodeRequest = {
  headers: Record<string, string | string[] | undefined>;
  socket?: { remoteAddress?: string } | null;
};

/** Overwrites whatever the client sent under PEER_HEADER. */
export function stampPeer(req: NodeRequest, tag: string) {
  const address = req.socket?.remoteAddress;
  if (address) req.headers[PEER_HEADER] = `${tag} ${address}`;
  else delete req.headers[PEER_HEADER];
}

/** The stamped address when it carries this process's tag, else null. */
export function readPeer(headers: Pick<Headers, "get"> | null | undefined, tag: string | undefined): string | null {
  const value = headers?.get(PEER_HEADER);
  if (!value || !tag) return null;
  const space = value.indexOf(" ");
  if (space < 0 || value.slice(0, space) !== tag) return null;
  return value.slice(space + 1).trim() || null;
}

// Next bundles instrumentation, route handlers and actions separately: the tag lives on globalThis.
const STATE = Symbol.for("tumbuh.peerStamp");
const store = globalThis as unknown as { [STATE]?: { tag: string } };

type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;

/** Called once from instrumentation.ts (Node runtime), before the server answers its first request. */
export function installPeerStamp() {
  if (store[STATE]) return;
  const tag = randomBytes(18).toString("base64url");
  for (const proto of [http.Server.prototype, https.Server.prototype] as unknown as { emit: Emit }[]) {
    const emit = proto.emit;
    proto.emit = function (event, ...args) {
      if (event === "request") stampPeer(args[0] as NodeRequest, tag);
      return emit.call(this, event, ...args);
    };
  }
  store[STATE] = { tag };
}

/** The socket address of this request (see above), or null when the server was not started with the stamp. */
export function peerAddress(headers: Pick<Headers, "get"> | null | undefined): string | null {
  return readPeer(headers, store[STATE]?.tag);
}

/** The client address of a request, for the per-address login limit: the socket's, or behind TRUSTED_PROXY_COUNT
 * proxies what the outermost of them saw (lib/auth/client-ip.ts). */
export function requestClientIp(headers: Pick<Headers, "get"> | null | undefined): string | null {
  return clientIp(headers, { trustedProxies: getEnv().TRUSTED_PROXY_COUNT, peer: peerAddress(headers) });
}

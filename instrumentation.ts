import { logError, redactConsole } from "@/lib/log";

export async function register() {
  // First, before anything can log: an error object printed by anyone is reduced to its class (lib/log.ts).
  redactConsole();
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // First: every request from now on carries its socket address (the per-address login limit needs it).
  const { installPeerStamp } = await import("./lib/auth/peer-address");
  installPeerStamp();
  const { bootDatabase } = await import("./db/boot");
  await bootDatabase();
}

type RequestErrorContext = { routePath?: string; routeType?: string };

/** Next calls this for every error thrown while rendering a page, in a route handler, a server action or the
 * proxy, and (`next start`) prints the error object itself too, which lib/log.ts's console redaction shortens.
 * The line here carries the digest the error page shows ("Kode kesalahan") and the route pattern, never the
 * request's path: its query string can hold a search term. */
export async function onRequestError(error: unknown, _request: unknown, context: RequestErrorContext) {
  logError(error, { route: `${context.routeType ?? "request"}:${context.routePath ?? "?"}` });
}

import "server-only";

/** A JSON answer of the offline endpoints: never cached by the browser, a proxy or the service worker, and never
 * shared between users (docs/offline-sync.md). */
export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store, private" },
  });
}

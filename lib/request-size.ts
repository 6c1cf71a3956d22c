/** Next refuses a server-action body over `serverActions.bodySizeLimit` (default 1 MB = 1,048,576 bytes), but for a
 * form post without JavaScript it does so by throwing while the page renders: an HTTP 500. The proxy answers such a
 * post itself, from its declared length, before Next reads it. */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/** True when a POST declares a body longer than the limit. A request without Content-Length (chunked) is left to
 * Next's own limit. */
export function declaresOversizedBody(method: string, contentLength: string | null): boolean {
  if (method !== "POST" || contentLength === null || !/^\d+$/.test(contentLength.trim())) return false;
  return Number(contentLength) > ACTION_BODY_LIMIT;
}

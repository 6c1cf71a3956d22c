/**
 * Cross-site requests to route handlers. Server actions get Next's own check (next/dist/server/app-render/
 * action-handler.js: the Origin's host must equal X-Forwarded-Host or Host, else the action is aborted); route
 * handlers get none, so a form on another site could sign a user out, and a link on another site — followed with
 * the user's SameSite=Lax cookie — could download their data in their name. Pure: reads request headers only.
 */
type HeaderReader = Pick<Headers, "get">;

/** The host this request was addressed to, as Next's server-action check reads it. */
function ownHost(headers: HeaderReader): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}

/** A state-changing request (POST) that must be refused: its Origin is another site, or `null` (a sandboxed or
 * privacy-stripped context). Without an Origin (browsers older than Tumbuh supports, scripts — which cannot carry a
 * victim's cookie) Sec-Fetch-Site decides when present; with neither, as in Next's own check, it passes. */
export function isCrossOriginWrite(headers: HeaderReader): boolean {
  const origin = headers.get("origin");
  if (origin !== null) {
    if (origin === "null") return true;
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return true;
    }
    return host !== ownHost(headers);
  }
  const site = headers.get("sec-fetch-site");
  return site !== null && site !== "same-origin" && site !== "none";
}

/** A download of personal data that must be refused: the browser says it was started from another site. Allowed:
 * `same-origin` (the portal's own link), `same-site` and `none` (typed into the address bar, a bookmark). A missing
 * header (Safari before 16.4, scripts and curl with a copied cookie) passes: no current browser omits it, so an
 * adversary's page cannot make the victim's browser send a request without it. */
export function isCrossSiteDownload(headers: HeaderReader): boolean {
  const site = headers.get("sec-fetch-site");
  return site !== null && site !== "same-origin" && site !== "same-site" && site !== "none";
}

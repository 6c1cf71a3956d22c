/** Security headers for every response. Pure and edge-safe: used by proxy.ts (pages, with a per-request
 * nonce) and next.config.ts (static files, which the proxy does not see). */

export type CspOptions = {
  /** Fresh per request; Next reads it back from the request's CSP header and puts it on its own scripts. */
  nonce: string;
  /** `next dev` needs eval for React's error overlay and a websocket for hot reload. */
  dev?: boolean;
  /** Only over HTTPS: on plain-http localhost (e2e, `next start`) upgrading would break every request. */
  https?: boolean;
};

/** Only this origin. Scripts need the nonce ('strict-dynamic' lets Next's own chunks load their siblings);
 * styles allow inline because React style attributes and Next's injected styles carry no nonce. */
export function contentSecurityPolicy({ nonce, dev = false, https = false }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    // The service worker (/sw.js) and the web app manifest: this origin only. Said explicitly rather than left to
    // the fallbacks (worker-src → script-src, whose 'strict-dynamic' trust rules differ between browsers).
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Files the proxy never sees (static chunks, favicon) still must not be framed or sniffed. */
export const STATIC_CSP = "default-src 'none'; frame-ancestors 'none'";

/** The headers that do not depend on the request. */
export const SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** A base64 nonce from 16 random bytes (Web Crypto: works in the proxy and in Node). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authConfig } from "./auth.config";
import { contentSecurityPolicy, createNonce, SECURITY_HEADERS } from "@/lib/auth/security-headers";
import { claimsOf, SESSION_HANDOFF_HEADER, signHandoff } from "@/lib/auth/session-handoff";
import { decodeSegment } from "@/lib/url";
import { declaresOversizedBody } from "@/lib/request-size";
import { commonText } from "@/lib/i18n/common";

const { auth } = NextAuth(authConfig);

function secure(response: Response, csp: string): Response {
  response.headers.set("Content-Security-Policy", csp);
  for (const { key, value } of SECURITY_HEADERS) response.headers.set(key, value);
  return response;
}

/** First gate and security headers. When it wraps a handler, next-auth does not act on `authorized()`'s answer,
 * so it is called here explicitly (sign-in redirect). Every response gets a CSP with a fresh nonce; Next reads the nonce back
 * from the request's CSP header and puts it on its own scripts. */
export default auth(async (req) => {
  const https = req.nextUrl.protocol === "https:" || req.headers.get("x-forwarded-proto") === "https";
  const nonce = createNonce();
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", https });
  // A malformed %-escape in the path (`/wilayah/%zz`): Next answers a bare 500 when it decodes the dynamic segments,
  // before any page runs. No page has such an address: the not-found page (404), with this request's nonce.
  if (decodeSegment(req.nextUrl.pathname) === null) {
    const headers = new Headers(req.headers);
    headers.set("Content-Security-Policy", csp);
    return secure(NextResponse.rewrite(new URL("/404", req.url), { request: { headers } }), csp);
  }
  // An oversized post would otherwise end in Next's body limit thrown while rendering (HTTP 500).
  if (declaresOversizedBody(req.method, req.headers.get("content-length"))) {
    const tooLarge = new NextResponse(commonText.status.tooLarge, {
      status: 413,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
    return secure(tooLarge, csp);
  }
  const allowed = await authConfig.callbacks.authorized({ auth: req.auth, request: req as NextRequest });
  if (!allowed) {
    const signIn = req.nextUrl.clone();
    signIn.pathname = "/login";
    signIn.search = "";
    signIn.searchParams.set("callbackUrl", req.nextUrl.href);
    return secure(NextResponse.redirect(signIn), csp);
  }
  const headers = new Headers(req.headers);
  headers.set("x-nonce", nonce);
  // Never pass on a client's own copy; the page verifies the signature of ours (lib/auth/session-handoff.ts).
  headers.delete(SESSION_HANDOFF_HEADER);
  const claims = claimsOf(req.auth);
  if (claims && authConfig.secret) headers.set(SESSION_HANDOFF_HEADER, signHandoff(claims, authConfig.secret));
  headers.set("Content-Security-Policy", csp);
  return secure(NextResponse.next({ request: { headers } }), csp);
});

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};

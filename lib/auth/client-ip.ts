/** The client address for per-IP login throttling. Next fills X-Forwarded-For with the socket address when
 * no proxy set it; behind a reverse proxy the last entry is the one that proxy saw (earlier entries are
 * whatever the client claimed). Deploy behind exactly one proxy that appends to the header. */
export function clientIp(headers: Headers | null | undefined): string | null {
  const forwarded = headers?.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  const ip = last ?? headers?.get("x-real-ip")?.trim();
  return ip ? ip.slice(0, 64) : null;
}

/** The client address for the per-address login limit. Only what a trusted hop wrote counts: with no trusted proxy
 * (TRUSTED_PROXY_COUNT=0, the default) X-Forwarded-For and X-Real-IP are the client's own words and are ignored —
 * the address is the socket's (`peer`, see peer-address.ts); behind n proxies that each append the address they saw
 * to X-Forwarded-For, it is the n-th entry from the right (entries further left are whatever the client claimed).
 * X-Real-IP is never read: a proxy that sets it sets X-Forwarded-For too. */
export function clientIp(
  headers: Pick<Headers, "get"> | null | undefined,
  { trustedProxies, peer }: { trustedProxies: number; peer: string | null },
): string | null {
  if (trustedProxies > 0) {
    const hops = (headers?.get("x-forwarded-for") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (hops.length) return normalise(hops[Math.max(0, hops.length - trustedProxies)]);
  }
  return peer ? normalise(peer) : null;
}

/** One spelling per address: an IPv4 client on a dual-stack socket shows as `::ffff:a.b.c.d`. */
function normalise(address: string): string {
  const plain = address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return plain.toLowerCase().slice(0, 64);
}

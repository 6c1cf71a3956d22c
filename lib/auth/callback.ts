/** Only same-site paths are accepted as a post-login destination (no open redirect). */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string" || !value) return "/";
  try {
    const url = new URL(value, "http://tumbuh.invalid");
    const path = `${url.pathname}${url.search}`;
    if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/login") || path.startsWith("/api/"))
      return "/";
    return path;
  } catch {
    return "/";
  }
}

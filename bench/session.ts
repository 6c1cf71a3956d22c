/** Signs in through next-auth's credentials endpoint and returns the cookie header, as a browser would. */
export async function signIn(base: string, username: string, password = "tumbuh-demo"): Promise<string> {
  // A server that has only just come up can answer the first sign-in badly; try three times, then say what came back.
  let last = "";
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = await trySignIn(base, username, password);
    if (result.cookie) return result.cookie;
    last = result.detail;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`login failed for ${username}: ${last}`);
}

async function trySignIn(
  base: string,
  username: string,
  password: string,
): Promise<{ cookie?: string; detail: string }> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [k, v] = pair.split("=");
      jar.set(k, v);
    }
  };
  keep(csrfRes);
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ username, password, csrfToken, callbackUrl: `${base}/` }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token")))
    return { detail: `HTTP ${res.status} → ${res.headers.get("location") ?? "(no redirect)"}` };
  return { cookie: cookie(), detail: "ok" };
}

/** First-load JS of a page: the gzip size of every <script src> chunk its HTML references (Next 16 no longer
 * prints it). Usage: tsx bench/first-load.ts <base> <username> <path> [<path> …] */
import { gzipSync } from "node:zlib";
import { signIn } from "./session";

export async function firstLoadJs(
  base: string,
  cookie: string,
  path: string,
): Promise<{ path: string; bytes: number; chunks: number }> {
  const html = await (await fetch(`${base}${path}`, { headers: { cookie } })).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let bytes = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return { path, bytes, chunks: srcs.length };
}

async function main() {
  const [base, username, ...paths] = process.argv.slice(2);
  const cookie = username === "-" ? "" : await signIn(base, username);
  for (const p of paths) {
    const r = await firstLoadJs(base, cookie, p);
    console.log(`${r.path}\t${(r.bytes / 1024).toFixed(1)} kB gzip\t${r.chunks} chunks`);
  }
}

if (process.argv[1]?.endsWith("first-load.ts")) main().catch((e) => (console.error(e), process.exit(1)));

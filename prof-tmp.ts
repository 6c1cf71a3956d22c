import { signIn } from "./bench/session";
const BASE = process.env.BASE ?? "http://127.0.0.1:3400";
async function main() {
  const user = process.argv[2], path = process.argv[3], n = Number(process.argv[4] ?? 30);
  const cookie = await signIn(BASE, user);
  const times: number[] = [];
  for (let i = 0; i < n + 3; i++) {
    const t = performance.now();
    const r = await fetch(BASE + path, { headers: { cookie } });
    const body = await r.arrayBuffer();
    if (i >= 3) times.push(performance.now() - t);
    if (i === 0) console.log(r.status, body.byteLength, "bytes");
  }
  times.sort((a, b) => a - b);
  console.log(path, "p50", times[Math.floor(n / 2)].toFixed(1), "p95", times[Math.floor(n * 0.95)].toFixed(1));
}
main();

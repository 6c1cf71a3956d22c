export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // First: every request from now on carries its socket address (the per-address login limit needs it).
  const { installPeerStamp } = await import("./lib/auth/peer-address");
  installPeerStamp();
  const { bootDatabase } = await import("./db/boot");
  await bootDatabase();
}

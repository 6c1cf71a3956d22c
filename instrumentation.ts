export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { bootDatabase } = await import("./db/boot");
  await bootDatabase();
}

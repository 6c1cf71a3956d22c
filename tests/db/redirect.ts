/** Runs an action that should succeed with a redirect and returns where it redirects to. */
export async function redirectOf(p: Promise<unknown>): Promise<string> {
  try {
    const result = await p;
    throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
  } catch (e) {
    const digest = (e as { digest?: string }).digest;
    if (!digest?.startsWith("NEXT_REDIRECT")) throw e;
    return digest.split(";")[2];
  }
}

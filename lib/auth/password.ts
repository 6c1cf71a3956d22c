import { hash, verify } from "@node-rs/argon2";

// argon2id (the library default algorithm) with OWASP-recommended minimums.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, OPTIONS);
}

export async function verifyPassword(hashed: string, plain: string): Promise<boolean> {
  try {
    return await verify(hashed, plain);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Verifies against a throwaway hash so an unknown username costs the same time as a wrong password. */
export async function verifyAgainstDummy(plain: string): Promise<false> {
  dummyHash ??= hashPassword("tumbuh-dummy-password-for-timing");
  await verifyPassword(await dummyHash, plain);
  return false;
}

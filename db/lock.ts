import fs from "node:fs";
import path from "node:path";

/** PGlite has no cross-process lock: a second process opening the same folder silently works on its own
 * copy. The server takes this lock file; scripts refuse to touch the folder while it is held. */
function lockPath(dataDir: string) {
  return path.join(path.dirname(path.resolve(dataDir)), "pglite.lock");
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function heldBy(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(lockPath(dataDir), "utf8"));
    return Number.isInteger(pid) && pid !== process.pid && isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

export function acquireLock(dataDir: string) {
  const other = heldBy(dataDir);
  if (other) {
    throw new Error(
      `Basis data tertanam ${dataDir} sedang dipakai proses ${other}. Hentikan server itu terlebih dahulu.`,
    );
  }
  fs.mkdirSync(path.dirname(lockPath(dataDir)), { recursive: true });
  fs.writeFileSync(lockPath(dataDir), String(process.pid));
}

export function releaseLock(dataDir: string) {
  try {
    if (fs.readFileSync(lockPath(dataDir), "utf8") === String(process.pid)) fs.unlinkSync(lockPath(dataDir));
  } catch {
    /* already gone */
  }
}

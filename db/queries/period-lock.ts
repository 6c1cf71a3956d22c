import "server-only";
import type { Tx } from "./audit";
import type { Viewer } from "@/lib/auth/viewer";
import type { YearMonth } from "@/lib/periods";

/** Refuses writes to a month whose quarter is approved and locked. Quarter approval arrives with the
 * scorecard workflow; until then no quarter is locked. */
export async function assertPeriodOpen(_tx: Tx, _viewer: Viewer, _kode: string, _ym: YearMonth): Promise<void> {}

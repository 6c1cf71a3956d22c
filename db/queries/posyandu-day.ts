import "server-only";
import { and, desc, eq, isNotNull, lte } from "drizzle-orm";
import { getDb } from "../client";
import { posyandu, pengukuran } from "../schema";
import { inScope } from "./scope";
import { listDueForMonth } from "./pemantauan";
import type { Viewer } from "@/lib/auth/viewer";
import type { YearMonth } from "@/lib/periods";
import type { DayChild } from "@/lib/pemantauan/posyandu-day";

/** One posyandu of the desa (in the viewer's scope, in SQL) with the children due a 2B record there this month, then
 * the balita 24–59 months due their monthly weighing, in the month list's order (docs/posyandu-day.md); null for a
 * posyandu of another desa or out of scope. */
export async function getPosyanduDay({
  viewer,
  kode,
  posyanduId,
  ym,
}: {
  viewer: Viewer;
  kode: string;
  posyanduId: number;
  ym: YearMonth;
}): Promise<{ posyandu: { id: number; nama: string }; children: DayChild[] } | null> {
  const db = await getDb();
  const [p] = await db
    .select({ id: posyandu.id, nama: posyandu.nama })
    .from(posyandu)
    .where(
      and(eq(posyandu.id, posyanduId), eq(posyandu.kodeWilayah, kode), inScope(posyandu.kodeWilayah, viewer.scopeKode)),
    )
    .limit(1);
  if (!p) return null;
  const { anak, balita } = await listDueForMonth({ viewer, kode, ym, posyanduId });
  return {
    posyandu: p,
    children: [
      ...anak.map((a) => ({ id: a.id, nama: a.nama, weighed: a.ditimbang })),
      ...balita.map((b) => ({ id: b.id, nama: b.nama, weighed: Boolean(b.ditimbang) })),
    ],
  };
}

/** The last weighings of a child up to a date, newest first (N/T and 2T of the result card). */
export async function listRecentWeighings({
  viewer,
  sasaranId,
  upTo,
  limit = 3,
}: {
  viewer: Viewer;
  sasaranId: number;
  upTo: string;
  limit?: number;
}) {
  const db = await getDb();
  return db
    .select({ tanggalUkur: pengukuran.tanggalUkur, beratKg: pengukuran.beratKg })
    .from(pengukuran)
    .where(
      and(
        eq(pengukuran.sasaranId, sasaranId),
        inScope(pengukuran.kodeWilayah, viewer.scopeKode),
        isNotNull(pengukuran.beratKg),
        lte(pengukuran.tanggalUkur, upTo),
      ),
    )
    .orderBy(desc(pengukuran.tanggalUkur))
    .limit(limit);
}

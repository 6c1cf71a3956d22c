import "server-only";
import { and, asc, count, desc, eq } from "drizzle-orm";
import { getDb } from "../client";
import { posyandu, sasaran } from "../schema";
import { inScope } from "./scope";
import type { Viewer } from "@/lib/auth/viewer";

/** Posyandu of one desa (scoped); `aktifOnly` for pickers on forms. */
export async function listPosyanduByDesa({
  viewer,
  kode,
  aktifOnly = false,
}: {
  viewer: Viewer;
  kode: string;
  aktifOnly?: boolean;
}) {
  const db = await getDb();
  return db
    .select({ id: posyandu.id, nama: posyandu.nama, alamat: posyandu.alamat, aktif: posyandu.aktif })
    .from(posyandu)
    .where(
      and(
        eq(posyandu.kodeWilayah, kode),
        inScope(posyandu.kodeWilayah, viewer.scopeKode),
        aktifOnly ? eq(posyandu.aktif, true) : undefined,
      ),
    )
    .orderBy(asc(posyandu.nama));
}

/** Posyandu of one desa with the number of active targets registered there (the posyandu management list). */
export async function listPosyanduWithUsage({ viewer, kode }: { viewer: Viewer; kode: string }) {
  const db = await getDb();
  return db
    .select({
      id: posyandu.id,
      nama: posyandu.nama,
      alamat: posyandu.alamat,
      aktif: posyandu.aktif,
      jumlahSasaran: count(sasaran.id),
    })
    .from(posyandu)
    .leftJoin(sasaran, and(eq(sasaran.posyanduId, posyandu.id), eq(sasaran.aktif, true)))
    .where(and(eq(posyandu.kodeWilayah, kode), inScope(posyandu.kodeWilayah, viewer.scopeKode)))
    .groupBy(posyandu.id)
    .orderBy(desc(posyandu.aktif), asc(posyandu.nama));
}

export async function getPosyandu({ viewer, kode, id }: { viewer: Viewer; kode: string; id: number }) {
  const db = await getDb();
  const [row] = await db
    .select({ id: posyandu.id, nama: posyandu.nama, alamat: posyandu.alamat, aktif: posyandu.aktif })
    .from(posyandu)
    .where(and(eq(posyandu.id, id), eq(posyandu.kodeWilayah, kode), inScope(posyandu.kodeWilayah, viewer.scopeKode)))
    .limit(1);
  return row ?? null;
}

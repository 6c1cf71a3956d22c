import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "../client";
import { posyandu } from "../schema";
import { inScope } from "./scope";
import type { Viewer } from "@/lib/auth/viewer";

/** Posyandu of one desa (scoped); `aktifOnly` for pickers on forms. */
export async function listPosyanduByDesa({ viewer, kode, aktifOnly = false }: { viewer: Viewer; kode: string; aktifOnly?: boolean }) {
  const db = await getDb();
  return db
    .select({ id: posyandu.id, nama: posyandu.nama, alamat: posyandu.alamat, aktif: posyandu.aktif })
    .from(posyandu)
    .where(and(eq(posyandu.kodeWilayah, kode), inScope(posyandu.kodeWilayah, viewer.scopeKode), aktifOnly ? eq(posyandu.aktif, true) : undefined))
    .orderBy(asc(posyandu.nama));
}

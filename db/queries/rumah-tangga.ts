import "server-only";
import { and, asc, count, eq } from "drizzle-orm";
import { getDb } from "../client";
import { rumahTangga, sasaran } from "../schema";
import { inScope } from "./scope";
import type { Viewer } from "@/lib/auth/viewer";

export async function listRumahTanggaWithCounts({ viewer, kode }: { viewer: Viewer; kode: string }) {
  const db = await getDb();
  return db
    .select({
      id: rumahTangga.id,
      kepalaKeluarga: rumahTangga.kepalaKeluarga,
      dusun: rumahTangga.dusun,
      rt: rumahTangga.rt,
      rw: rumahTangga.rw,
      airMinumLayak: rumahTangga.airMinumLayak,
      jambanLayak: rumahTangga.jambanLayak,
      jumlahSasaran: count(sasaran.id),
    })
    .from(rumahTangga)
    .leftJoin(sasaran, eq(sasaran.rumahTanggaId, rumahTangga.id))
    .where(and(eq(rumahTangga.kodeWilayah, kode), inScope(rumahTangga.kodeWilayah, viewer.scopeKode)))
    .groupBy(rumahTangga.id)
    .orderBy(asc(rumahTangga.kepalaKeluarga));
}

import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "../client";
import { regions } from "../schema";
import { inScope } from "./scope";
import { ancestorKodes } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import type { RegionLevel } from "@/lib/enums";

/** The region if it lies inside the viewer's scope, else null (callers answer 404). */
export async function getRegionInScope({ viewer, kode }: { viewer: Viewer; kode: string }) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(regions)
    .where(and(eq(regions.kode, kode), inScope(regions.kode, viewer.scopeKode)))
    .limit(1);
  return row ?? null;
}

/** Children of an in-scope region; empty when the parent is outside scope. */
export async function listChildRegions({ viewer, kode }: { viewer: Viewer; kode: string }) {
  const db = await getDb();
  return db
    .select({ kode: regions.kode, nama: regions.nama, jenis: regions.jenis })
    .from(regions)
    .where(and(eq(regions.parentKode, kode), inScope(regions.kode, viewer.scopeKode)))
    .orderBy(asc(regions.kode));
}

/** Every region inside the viewer's scope at one level (e.g. all desa of a kecamatan). */
export async function listRegionsInScope({ viewer, jenis }: { viewer: Viewer; jenis: readonly RegionLevel[] }) {
  const db = await getDb();
  return db
    .select({ kode: regions.kode, nama: regions.nama, jenis: regions.jenis, parentKode: regions.parentKode })
    .from(regions)
    .where(and(inArray(regions.jenis, jenis), inScope(regions.kode, viewer.scopeKode)))
    .orderBy(asc(regions.kode));
}

/** Names of the region's ancestors for the breadcrumb. Names of regions are public reference data;
 * whether each may be opened is decided by the viewer's scope. */
export async function getRegionTrail(kode: string) {
  const db = await getDb();
  const codes = ancestorKodes(kode).slice(0, -1);
  if (!codes.length) return [];
  return db
    .select({ kode: regions.kode, nama: regions.nama, jenis: regions.jenis })
    .from(regions)
    .where(inArray(regions.kode, codes))
    .orderBy(asc(regions.kode));
}

/** A region by code without a scope check: only for labelling the viewer's own scope. */
export async function getRegionName(kode: string) {
  const db = await getDb();
  const [row] = await db
    .select({ nama: regions.nama, jenis: regions.jenis })
    .from(regions)
    .where(eq(regions.kode, kode))
    .limit(1);
  return row ?? null;
}

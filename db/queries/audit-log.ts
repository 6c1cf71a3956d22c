import "server-only";
import { and, asc, count, desc, eq, gte, ilike, isNull, like, lt, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { auditLog } from "../schema";
import { inScope } from "./scope";
import type { Viewer } from "@/lib/auth/viewer";

export type AuditFilters = {
  /** Actor username (or the attempted username of a failed login), partial match. */
  pengguna?: string;
  /** Region code: rows of that region and everything below it. */
  wilayah?: string;
  entity?: string;
  entityId?: string;
  action?: string;
  /** Inclusive ISO dates, read in Asia/Jakarta (WIB). */
  dari?: string;
  sampai?: string;
};

/** Rows the viewer may read: inside their scope. System rows without a region (failed logins, throttling)
 * belong to no district and are shown to admins only. */
function visibleTo(viewer: Viewer): SQL {
  const scoped = inScope(auditLog.kodeWilayah, viewer.scopeKode);
  return viewer.role === "admin" ? or(scoped, isNull(auditLog.kodeWilayah))! : scoped;
}

const wibStart = (iso: string) => new Date(`${iso}T00:00:00+07:00`);

function filterWhere(viewer: Viewer, f: AuditFilters): SQL {
  const who = f.pengguna?.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
  const conditions: Array<SQL | undefined> = [
    visibleTo(viewer),
    f.wilayah ? inScope(auditLog.kodeWilayah, f.wilayah) : undefined,
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.dari ? gte(auditLog.at, wibStart(f.dari)) : undefined,
    f.sampai ? lt(auditLog.at, new Date(wibStart(f.sampai).getTime() + 86_400_000)) : undefined,
    who
      ? or(ilike(auditLog.actorUsername, `%${who}%`), sql`${auditLog.after}->>'username' ilike ${`%${who}%`}`)
      : undefined,
  ];
  return and(...conditions)!;
}

const rowColumns = {
  id: auditLog.id,
  at: auditLog.at,
  actorUsername: auditLog.actorUsername,
  actorRole: auditLog.actorRole,
  action: auditLog.action,
  entity: auditLog.entity,
  entityId: auditLog.entityId,
  kodeWilayah: auditLog.kodeWilayah,
  before: auditLog.before,
  after: auditLog.after,
};

/** One page of the audit trail, newest first, filtered and scoped in SQL. */
export async function listAuditLog({
  viewer,
  filters,
  page = 1,
  pageSize = 50,
}: {
  viewer: Viewer;
  filters: AuditFilters;
  page?: number;
  pageSize?: number;
}) {
  const db = await getDb();
  const size = Math.min(Math.max(pageSize, 10), 200);
  const current = Math.max(page, 1);
  const where = filterWhere(viewer, filters);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(rowColumns)
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(size)
      .offset((current - 1) * size),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { rows, total, page: current, pageSize: size };
}

/** Entity and action names present in the viewer's part of the trail, for the filter pickers. */
export async function listAuditFacets({ viewer }: { viewer: Viewer }) {
  const db = await getDb();
  const where = visibleTo(viewer);
  const [entities, actions] = await Promise.all([
    db.selectDistinct({ v: auditLog.entity }).from(auditLog).where(where).orderBy(asc(auditLog.entity)),
    db.selectDistinct({ v: auditLog.action }).from(auditLog).where(where).orderBy(asc(auditLog.action)),
  ]);
  return { entities: entities.map((r) => r.v), actions: actions.map((r) => r.v) };
}

/** History of one target ("riwayat"): its own rows plus the monthly records that name it, as far as they lie
 * inside the viewer's scope (after a move between desa, each desa sees its own part). */
export async function listSasaranHistory({ viewer, sasaranId }: { viewer: Viewer; sasaranId: number }) {
  const db = await getDb();
  const id = String(sasaranId);
  return db
    .select(rowColumns)
    .from(auditLog)
    .where(
      and(
        inScope(auditLog.kodeWilayah, viewer.scopeKode),
        or(
          and(eq(auditLog.entity, "sasaran"), eq(auditLog.entityId, id)),
          and(
            like(auditLog.entity, "pemantauan\\_%"),
            or(sql`${auditLog.after}->>'sasaranId' = ${id}`, sql`${auditLog.before}->>'sasaranId' = ${id}`),
          ),
        ),
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(500);
}

export type AuditListRow = Awaited<ReturnType<typeof listAuditLog>>["rows"][number];

import "server-only";
import { and, asc, count, eq, gte, inArray, lte, or } from "drizzle-orm";
import { getDb } from "../client";
import { kegiatanKpm, kegiatanSasaran, sasaran, users } from "../schema";
import { inScope } from "./scope";
import type { Tx } from "../client";
import { writeAudit } from "../writes/audit";
import type { Viewer } from "@/lib/auth/viewer";
import type { KegiatanInput } from "@/lib/kegiatan/schemas";
import { formatYearMonth, monthBounds, todayIso, type YearMonth } from "@/lib/periods";
import { kategoriOf } from "@/lib/sasaran/kategori";
import { KATEGORI_LABELS } from "@/lib/i18n/sasaran";

type Scoped = { viewer: Viewer; kode: string };

const kegiatanColumns = {
  id: kegiatanKpm.id,
  jenis: kegiatanKpm.jenis,
  tanggal: kegiatanKpm.tanggal,
  tempat: kegiatanKpm.tempat,
  jumlahPeserta: kegiatanKpm.jumlahPeserta,
  catatan: kegiatanKpm.catatan,
  kpmUserId: kegiatanKpm.kpmUserId,
  kpmNama: users.displayName,
};

function inDesa({ viewer, kode }: Scoped) {
  return and(eq(kegiatanKpm.kodeWilayah, kode), inScope(kegiatanKpm.kodeWilayah, viewer.scopeKode));
}

/** Activities of one desa in one month, oldest first, each with the targets visited (by name only). */
export async function listKegiatanByMonth({ viewer, kode, bulan }: Scoped & { bulan: YearMonth }) {
  const db = await getDb();
  const { first, last } = monthBounds(bulan);
  const rows = await db
    .select(kegiatanColumns)
    .from(kegiatanKpm)
    .leftJoin(users, eq(users.id, kegiatanKpm.kpmUserId))
    .where(and(inDesa({ viewer, kode }), gte(kegiatanKpm.tanggal, first), lte(kegiatanKpm.tanggal, last)))
    .orderBy(asc(kegiatanKpm.tanggal), asc(kegiatanKpm.id));
  if (!rows.length) return [];
  // Scoped through the activity: a target who later moved away still shows in the history of the desa that visited.
  const links = await db
    .select({ kegiatanId: kegiatanSasaran.kegiatanId, id: sasaran.id, nama: sasaran.nama })
    .from(kegiatanSasaran)
    .innerJoin(kegiatanKpm, eq(kegiatanKpm.id, kegiatanSasaran.kegiatanId))
    .innerJoin(sasaran, eq(sasaran.id, kegiatanSasaran.sasaranId))
    .where(
      and(
        inArray(
          kegiatanSasaran.kegiatanId,
          rows.map((r) => r.id),
        ),
        inDesa({ viewer, kode }),
      ),
    )
    .orderBy(asc(sasaran.nama));
  return rows.map((r) => ({
    ...r,
    sasaran: links.filter((l) => l.kegiatanId === r.id).map(({ id, nama }) => ({ id, nama })),
  }));
}

export type KegiatanRow = Awaited<ReturnType<typeof listKegiatanByMonth>>[number];

export async function getKegiatan({ viewer, kode, id }: Scoped & { id: number }) {
  const db = await getDb();
  const [row] = await db
    .select(kegiatanColumns)
    .from(kegiatanKpm)
    .leftJoin(users, eq(users.id, kegiatanKpm.kpmUserId))
    .where(and(eq(kegiatanKpm.id, id), inDesa({ viewer, kode })))
    .limit(1);
  if (!row) return null;
  const links = await db
    .select({ id: kegiatanSasaran.sasaranId })
    .from(kegiatanSasaran)
    .where(eq(kegiatanSasaran.kegiatanId, id));
  return { ...row, sasaranIds: links.map((l) => l.id) };
}

/** Targets offered on the home-visit checklist: the desa's active targets, plus any already linked to the
 * activity being edited so an old visit keeps its ticks. Labelled by group, never by NIK. */
export async function listSasaranForVisit({ viewer, kode, includeIds = [] }: Scoped & { includeIds?: number[] }) {
  const db = await getDb();
  const rows = await db
    .select({
      id: sasaran.id,
      nama: sasaran.nama,
      jenis: sasaran.jenis,
      tanggalLahir: sasaran.tanggalLahir,
      tanggalMelahirkan: sasaran.tanggalMelahirkan,
    })
    .from(sasaran)
    .where(
      and(
        eq(sasaran.kodeWilayah, kode),
        inScope(sasaran.kodeWilayah, viewer.scopeKode),
        includeIds.length ? or(eq(sasaran.aktif, true), inArray(sasaran.id, includeIds)) : eq(sasaran.aktif, true),
      ),
    )
    .orderBy(asc(sasaran.nama), asc(sasaran.id));
  const today = todayIso();
  return rows.map((s) => ({ id: s.id, label: `${s.nama} — ${KATEGORI_LABELS[kategoriOf(s, today)]}` }));
}

/** Every visited target must belong to the activity's own desa; checked in SQL inside the write's transaction. */
async function sasaranAllInDesa(tx: Tx, kode: string, ids: number[]) {
  if (!ids.length) return true;
  const [row] = await tx
    .select({ n: count() })
    .from(sasaran)
    .where(and(inArray(sasaran.id, ids), eq(sasaran.kodeWilayah, kode)));
  return row.n === ids.length;
}

export type KegiatanWriteResult =
  { ok: true; id: number; tanggal: string } | { ok: false; reason: "sasaran_outside" | "not_found" };

function fields(input: KegiatanInput) {
  const { jenis, tanggal, tempat, jumlahPeserta, catatan } = input;
  return { jenis, tanggal, tempat, jumlahPeserta, catatan };
}

export async function createKegiatan({
  viewer,
  kode,
  input,
}: Scoped & { input: KegiatanInput }): Promise<KegiatanWriteResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (!(await sasaranAllInDesa(tx, kode, input.sasaranIds))) return { ok: false, reason: "sasaran_outside" } as const;
    const [row] = await tx
      .insert(kegiatanKpm)
      .values({ ...fields(input), kodeWilayah: kode, kpmUserId: viewer.id })
      .returning();
    if (input.sasaranIds.length)
      await tx.insert(kegiatanSasaran).values(input.sasaranIds.map((sasaranId) => ({ kegiatanId: row.id, sasaranId })));
    await writeAudit(tx, viewer, {
      action: "create",
      entity: "kegiatan_kpm",
      entityId: row.id,
      kodeWilayah: kode,
      after: { ...row, sasaranIds: input.sasaranIds },
    });
    return { ok: true, id: row.id, tanggal: row.tanggal } as const;
  });
}

export async function updateKegiatan({
  viewer,
  kode,
  id,
  input,
}: Scoped & { id: number; input: KegiatanInput }): Promise<KegiatanWriteResult> {
  const db = await getDb();
  const where = and(eq(kegiatanKpm.id, id), inDesa({ viewer, kode }));
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(kegiatanKpm).where(where).for("update");
    if (!before) return { ok: false, reason: "not_found" } as const;
    if (!(await sasaranAllInDesa(tx, kode, input.sasaranIds))) return { ok: false, reason: "sasaran_outside" } as const;
    const oldLinks = await tx
      .select({ id: kegiatanSasaran.sasaranId })
      .from(kegiatanSasaran)
      .where(eq(kegiatanSasaran.kegiatanId, id));
    const [after] = await tx
      .update(kegiatanKpm)
      .set({ ...fields(input), updatedAt: new Date() })
      .where(where)
      .returning();
    await tx.delete(kegiatanSasaran).where(eq(kegiatanSasaran.kegiatanId, id));
    if (input.sasaranIds.length)
      await tx.insert(kegiatanSasaran).values(input.sasaranIds.map((sasaranId) => ({ kegiatanId: id, sasaranId })));
    await writeAudit(tx, viewer, {
      action: "update",
      entity: "kegiatan_kpm",
      entityId: id,
      kodeWilayah: kode,
      before: { ...before, sasaranIds: oldLinks.map((l) => l.id) },
      after: { ...after, sasaranIds: input.sasaranIds },
    });
    return { ok: true, id, tanggal: after.tanggal } as const;
  });
}

export async function deleteKegiatan({ viewer, kode, id }: Scoped & { id: number }): Promise<KegiatanWriteResult> {
  const db = await getDb();
  const where = and(eq(kegiatanKpm.id, id), inDesa({ viewer, kode }));
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(kegiatanKpm).where(where).for("update");
    if (!before) return { ok: false, reason: "not_found" } as const;
    const links = await tx
      .select({ id: kegiatanSasaran.sasaranId })
      .from(kegiatanSasaran)
      .where(eq(kegiatanSasaran.kegiatanId, id));
    // kegiatan_sasaran rows go with it (on delete cascade).
    await tx.delete(kegiatanKpm).where(where);
    await writeAudit(tx, viewer, {
      action: "delete",
      entity: "kegiatan_kpm",
      entityId: id,
      kodeWilayah: kode,
      before: { ...before, sasaranIds: links.map((l) => l.id) },
    });
    return { ok: true, id, tanggal: before.tanggal } as const;
  });
}

/** KPM names for the report header: whoever logged the month's activities, else the desa's active KPM accounts. */
export async function listKpmNames({
  viewer,
  kode,
  rows,
}: Scoped & { rows: ReadonlyArray<{ kpmNama: string | null }> }) {
  const logged = [...new Set(rows.map((r) => r.kpmNama).filter((n): n is string => Boolean(n)))];
  if (logged.length) return logged;
  const db = await getDb();
  const accounts = await db
    .select({ nama: users.displayName })
    .from(users)
    .where(
      and(
        eq(users.scopeKode, kode),
        inScope(users.scopeKode, viewer.scopeKode),
        eq(users.role, "kpm"),
        eq(users.active, true),
      ),
    )
    .orderBy(asc(users.displayName));
  return accounts.map((a) => a.nama);
}

/** Exports are audited like writes: they take personal data out of the system. */
export async function recordKegiatanExport({
  viewer,
  kode,
  bulan,
  jumlah,
}: Scoped & { bulan: YearMonth; jumlah: number }) {
  const db = await getDb();
  await writeAudit(db, viewer, {
    action: "ekspor",
    entity: "kegiatan_kpm",
    kodeWilayah: kode,
    after: { bulan: formatYearMonth(bulan), jumlah, format: "xlsx" },
  });
}

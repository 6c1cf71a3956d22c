import { inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import type { Tx } from "../client";
import {
  type KonvergensiSasaran,
  konvergensiSasaran,
  pemantauanAnak,
  pemantauanIbu,
  pemantauanPaud,
  pengaturanTahun,
  sasaran,
} from "../schema";
import { evaluateAnak, evaluateIbu, evaluatePaud } from "@/lib/scorecard/evaluate";
import { DEFAULT_SETTINGS, encodeHasil, targetTotals, type Settings } from "@/lib/scorecard/types";
import { quarterOfMonth } from "@/lib/periods";
import { refreshDesaRollups, type DesaQuarter } from "./scorecard-desa";

type NewRow = typeof konvergensiSasaran.$inferInsert;

/** Told which desa-quarters a recomputation would change, before anything is written: answers those to leave as
 * stored, or throws to refuse the write (the period lock, db/queries/period-lock.ts). */
export type QuarterGuard = (changed: DesaQuarter[]) => Promise<DesaQuarter[]>;

/** Settings of each year, falling back to the defaults for a year nobody configured. */
export async function loadSettings(db: Db | Tx): Promise<(tahun: number) => Settings> {
  const rows = await db.select().from(pengaturanTahun);
  const byYear = new Map(
    rows.map((r) => [
      r.tahun,
      {
        ancMinimum: r.ancMinimum === 6 ? 6 : 4,
        lengthRule: r.lengthRule === "any_month_in_quarter" ? "any_month_in_quarter" : "bulan_penimbangan",
        kunjunganNormal: r.kunjunganNormal === "T" ? "T" : "TS",
        kunjunganNifasMinimum: r.kunjunganNifasMinimum === 4 ? 4 : 3,
      } satisfies Settings,
    ]),
  );
  return (tahun) => byYear.get(tahun) ?? DEFAULT_SETTINGS;
}

function quarters<T extends { tahun: number; bulan: number }>(records: T[]) {
  const seen = new Map<string, { tahun: number; triwulan: number; last: T }>();
  for (const r of [...records].sort((a, b) => a.tahun * 12 + a.bulan - (b.tahun * 12 + b.bulan))) {
    const triwulan = quarterOfMonth(r.bulan);
    seen.set(`${r.tahun}-${triwulan}`, { tahun: r.tahun, triwulan, last: r });
  }
  return [...seen.values()];
}

function groupBy<T extends { sasaranId: number }>(rows: T[]) {
  const m = new Map<number, T[]>();
  for (const r of rows) (m.get(r.sasaranId) ?? m.set(r.sasaranId, []).get(r.sasaranId)!).push(r);
  return m;
}

const rowKey = (r: { sasaranId: number; tahun: number; triwulan: number; kelompok: string }) =>
  `${r.sasaranId}|${r.tahun}|${r.triwulan}|${r.kelompok}`;

/** Whether a stored row already holds this result (everything the roll-ups and pages read). */
function sameResult(a: KonvergensiSasaran | undefined, b: NewRow | undefined): boolean {
  if (!a || !b) return false;
  return (
    a.kodeWilayah === b.kodeWilayah &&
    (a.posyanduId ?? null) === (b.posyanduId ?? null) &&
    (a.rumahTanggaId ?? null) === (b.rumahTanggaId ?? null) &&
    (a.status ?? null) === (b.status ?? null) &&
    (a.tikar ?? null) === (b.tikar ?? null) &&
    (a.stage ?? null) === (b.stage ?? null) &&
    a.hasil === b.hasil &&
    a.diterima === b.diterima &&
    a.seharusnya === b.seharusnya
  );
}

/** Recomputes the stored quarterly results of these targets from all their monthly records, in a handful of
 * set-based queries (not one per target per indicator, §13 item 17). Runs inside the caller's transaction.
 * `from`: a monthly save changes nothing before its own quarter (every window ends at the quarter it scores), so
 * only that quarter and later ones are evaluated and compared. `guard`: see QuarterGuard; a target's rows in a
 * desa-quarter it keeps stay exactly as stored (old and new row of one target-quarter kept or replaced together). */
export async function recomputeTargets(
  db: Db | Tx,
  ids: number[],
  opts: { from?: { tahun: number; bulan: number }; guard?: QuarterGuard } = {},
): Promise<number> {
  if (!ids.length) return 0;
  const unique = [...new Set(ids)];
  const fromIndex = opts.from ? opts.from.tahun * 4 + quarterOfMonth(opts.from.bulan) : -Infinity;
  const inRange = (q: { tahun: number; triwulan: number }) => q.tahun * 4 + q.triwulan >= fromIndex;
  const [targets, ibu, anak, paud, settingsOf] = await Promise.all([
    db
      .select({ id: sasaran.id, rumahTanggaId: sasaran.rumahTanggaId })
      .from(sasaran)
      .where(inArray(sasaran.id, unique)),
    db.select().from(pemantauanIbu).where(inArray(pemantauanIbu.sasaranId, unique)),
    db.select().from(pemantauanAnak).where(inArray(pemantauanAnak.sasaranId, unique)),
    db.select().from(pemantauanPaud).where(inArray(pemantauanPaud.sasaranId, unique)),
    loadSettings(db),
  ]);
  const [ibuBy, anakBy, paudBy] = [groupBy(ibu), groupBy(anak), groupBy(paud)];
  const rows: NewRow[] = [];
  for (const t of targets) {
    const base = { sasaranId: t.id, rumahTanggaId: t.rumahTanggaId };
    const ibuRecords = ibuBy.get(t.id) ?? [];
    for (const q of quarters(ibuRecords).filter(inRange)) {
      const r = evaluateIbu(ibuRecords, q.tahun, q.triwulan, settingsOf(q.tahun));
      if (r)
        rows.push({
          ...base,
          tahun: q.tahun,
          triwulan: q.triwulan,
          kelompok: "ibu",
          kodeWilayah: q.last.kodeWilayah,
          posyanduId: q.last.posyanduId,
          status: r.status,
          stage: r.stage,
          hasil: encodeHasil(r.hasil),
          ...targetTotals(r.hasil),
        });
    }
    const anakRecords = anakBy.get(t.id) ?? [];
    for (const q of quarters(anakRecords).filter(inRange)) {
      const r = evaluateAnak(anakRecords, q.tahun, q.triwulan, settingsOf(q.tahun));
      if (r)
        rows.push({
          ...base,
          tahun: q.tahun,
          triwulan: q.triwulan,
          kelompok: "anak",
          kodeWilayah: q.last.kodeWilayah,
          posyanduId: q.last.posyanduId,
          status: r.status,
          tikar: r.tikar,
          stage: String(r.kategoriUmur),
          hasil: encodeHasil(r.hasil),
          ...targetTotals(r.hasil),
        });
    }
    const paudRecords = paudBy.get(t.id) ?? [];
    for (const q of quarters(paudRecords).filter(inRange)) {
      const r = evaluatePaud(paudRecords, q.tahun, q.triwulan);
      if (r)
        rows.push({
          ...base,
          tahun: q.tahun,
          triwulan: q.triwulan,
          kelompok: "paud",
          kodeWilayah: q.last.kodeWilayah,
          posyanduId: null,
          hasil: "",
          diterima: r.ikut,
          seharusnya: r.wajib,
        });
    }
  }
  // Write only the quarters whose result changed (a save usually changes one), and re-sum only their desa.
  const old = (await db.select().from(konvergensiSasaran).where(inArray(konvergensiSasaran.sasaranId, unique))).filter(
    inRange,
  );
  const oldBy = new Map(old.map((r) => [rowKey(r), r]));
  const newBy = new Map(rows.map((r) => [rowKey(r), r]));
  let gone = old.filter((r) => !sameResult(r, newBy.get(rowKey(r))));
  let fresh = rows.filter((r) => !sameResult(oldBy.get(rowKey(r)), r));
  if (opts.guard && (gone.length || fresh.length)) {
    const changed = [...gone, ...fresh];
    const kept = new Set((await opts.guard(desaQuarters(changed))).map(desaQuarterKey));
    const frozen = new Set(changed.filter((r) => kept.has(desaQuarterKey(r))).map(rowKey));
    gone = gone.filter((r) => !frozen.has(rowKey(r)));
    fresh = fresh.filter((r) => !frozen.has(rowKey(r)));
  }
  if (gone.length) {
    const keys = sql.join(
      gone.map(
        (r) =>
          sql`(${r.sasaranId}::int, ${r.tahun}::smallint, ${r.triwulan}::smallint, ${r.kelompok}::kelompok_konvergensi)`,
      ),
      sql`, `,
    );
    await db.execute(
      sql`delete from konvergensi_sasaran where (sasaran_id, tahun, triwulan, kelompok) in (select * from (values ${keys}) as v(s, t, q, k))`,
    );
  }
  for (let i = 0; i < fresh.length; i += 1000) await db.insert(konvergensiSasaran).values(fresh.slice(i, i + 1000));
  await refreshDesaRollups(db, desaQuarters([...gone, ...fresh]));
  return rows.length;
}

const desaQuarterKey = (q: DesaQuarter) => `${q.kodeWilayah}|${q.tahun}|${q.triwulan}`;

function desaQuarters(rows: DesaQuarter[]): DesaQuarter[] {
  const unique = new Map(
    rows.map((r) => [desaQuarterKey(r), { kodeWilayah: r.kodeWilayah, tahun: r.tahun, triwulan: r.triwulan }]),
  );
  return [...unique.values()];
}

/** Every target (seed, repair): in batches, each batch one transaction. */
export async function recomputeAll(db: Db, batch = 500): Promise<number> {
  const ids = (await db.select({ id: sasaran.id }).from(sasaran)).map((r) => r.id);
  let n = 0;
  for (let i = 0; i < ids.length; i += batch) {
    const chunk = ids.slice(i, i + batch);
    n += await db.transaction((tx) => recomputeTargets(tx, chunk));
  }
  return n;
}

import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { selectRows } from "../raw";
import { desaRowsUnder } from "./scope";
import { activeOn, anak023On } from "./target-counts";
import type { Viewer } from "@/lib/auth/viewer";

/* "Anak 0–23 bulan diukur" (docs/indicators.md §2): numerator and denominator over one population, so the figure
 * never exceeds 100 %. Population = children 0–23 months (by calendar) and active on the reference date (the
 * period's last day, never after today), in the desa they are registered in. Numerator = those of them with a
 * length measured (pengukuran.panjang_cm not null) on a day inside the period, up to the reference date. Read from
 * `sasaran` and `pengukuran` (pengukuran_sasaran_idx), not from the growth roll-up, whose "measured" is the
 * stunting denominator (children with a HAZ). */

/** The child (sasaran `alias`) had a length measured between `from` and `to` (inclusive). */
export function lengthMeasuredIn(from: string, to: string, alias: string): SQL {
  return sql`exists (select 1 from pengukuran u where u.sasaran_id = ${sql.raw(alias)}.id
    and u.tanggal_ukur between ${from}::date and ${to}::date and u.panjang_cm is not null)`;
}

/** The child (sasaran `alias`) was weighed (pengukuran.berat_kg not null) between `from` and `to` (inclusive). */
export function weightMeasuredIn(from: string, to: string, alias: string): SQL {
  return sql`exists (select 1 from pengukuran u where u.sasaran_id = ${sql.raw(alias)}.id
    and u.tanggal_ukur between ${from}::date and ${to}::date and u.berat_kg is not null)`;
}

/** `anakDitimbang` (docs/indicators.md §2a) only when asked for (`weighed: true`): the same population, weighed. */
export type ChildrenMeasuredRow = { kode: string; anakPopulasi: number; anakDiukur: number; anakDitimbang?: number };

/** Per desa under `kode` (inside the viewer's scope): the population and the children of it measured. `tanggal` is
 * the reference date (lib/dashboard/period.ts referenceDate). */
export async function listChildrenMeasured(s: {
  viewer: Viewer;
  kode: string;
  from: string;
  tanggal: string;
  weighed?: boolean;
}): Promise<ChildrenMeasuredRow[]> {
  const db = await getDb();
  const c = sql.raw("s.kode_wilayah");
  return selectRows<ChildrenMeasuredRow>(
    db,
    sql`select s.kode_wilayah as kode, count(*)::int as "anakPopulasi",
          count(*) filter (where ${lengthMeasuredIn(s.from, s.tanggal, "s")})::int as "anakDiukur"
          ${s.weighed ? sql`, count(*) filter (where ${weightMeasuredIn(s.from, s.tanggal, "s")})::int as "anakDitimbang"` : sql``}
        from sasaran s
        where ${desaRowsUnder(c, s.kode)} and ${desaRowsUnder(c, s.viewer.scopeKode)}
          and ${anak023On(s.tanggal, "s")} and ${activeOn(s.tanggal, "s")}
        group by 1`,
  );
}

/** Σ numerators and Σ denominators of the rows (a region's figure pools its desa). */
export function poolChildrenMeasured(rows: ChildrenMeasuredRow[]): { anakPopulasi: number; anakDiukur: number } {
  return rows.reduce(
    (a, r) => ({ anakPopulasi: a.anakPopulasi + r.anakPopulasi, anakDiukur: a.anakDiukur + r.anakDiukur }),
    {
      anakPopulasi: 0,
      anakDiukur: 0,
    },
  );
}

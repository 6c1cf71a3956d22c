import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../client";
import { selectRows } from "../raw";
import { desaRowsUnder } from "./scope";
import { getScorecard } from "./scorecard";
import type { Viewer } from "@/lib/auth/viewer";
import { quarterOfMonth, yearMonthOfDate } from "@/lib/periods";

type Scope = { viewer: Viewer; kode: string };

export type QuarterFigures = {
  tahun: number;
  triwulan: number;
  /** Tabel 4 of the scorecard for the quarter: Y and applicable indicators of mothers and children 0–23. */
  diterima: number;
  seharusnya: number;
  ibu: { n: number; diterima: number; seharusnya: number };
  anak: { n: number; diterima: number; seharusnya: number };
};

export type QuarterProgress = {
  /** The quarter of today, every desa whatever its status (provisional: records still change). */
  current: QuarterFigures & { status: { draft: number; diajukan: number; disetujui: number }; desa: number };
  /** The latest earlier quarter with at least one approved desa under the region, approved desa only; null
   * without one. */
  approved: QuarterFigures | null;
};

/** The figures of one quarter from the scorecard itself (getScorecard, the roll-up `konvergensi_desa`), so the
 * panel shows exactly what the scorecard page shows for that quarter and view. */
async function figuresOf(s: Scope & { tahun: number; triwulan: number; draf: boolean }): Promise<QuarterFigures> {
  const d = await getScorecard(s);
  const g = (x: typeof d.ibu) => ({ n: x.n, diterima: x.diterima, seharusnya: x.seharusnya });
  return {
    tahun: s.tahun,
    triwulan: s.triwulan,
    diterima: d.ibu.diterima + d.anak.diterima,
    seharusnya: d.ibu.seharusnya + d.anak.seharusnya,
    ibu: g(d.ibu),
    anak: g(d.anak),
  };
}

/** "Triwulan berjalan" beside the last approved quarter, for a kecamatan or kabupaten (docs/indicators.md §5.3). */
export async function getQuarterProgress(s: Scope & { today: string }): Promise<QuarterProgress> {
  const ym = yearMonthOfDate(s.today);
  const cur = { tahun: ym.tahun, triwulan: quarterOfMonth(ym.bulan) };
  const db = await getDb();
  const under = sql`${desaRowsUnder(sql`kode_wilayah`, s.kode)} and ${desaRowsUnder(sql`kode_wilayah`, s.viewer.scopeKode)}`;
  const [[last], statuses, [desa]] = await Promise.all([
    selectRows<{ tahun: number; triwulan: number }>(
      db,
      sql`select tahun::int, triwulan::int from periode_desa
          where status = 'disetujui' and ${under} and (tahun, triwulan) < (${cur.tahun}::smallint, ${cur.triwulan}::smallint)
          order by tahun desc, triwulan desc limit 1`,
    ),
    selectRows<{ status: string; n: number }>(
      db,
      sql`select status::text, count(*)::int as n from periode_desa
          where tahun = ${cur.tahun} and triwulan = ${cur.triwulan} and ${under} group by 1`,
    ),
    // Desa with at least one result in the quarter, whatever the status.
    selectRows<{ n: number }>(
      db,
      sql`select count(distinct kode_wilayah)::int as n from konvergensi_desa
          where tahun = ${cur.tahun} and triwulan = ${cur.triwulan} and kelompok in ('ibu', 'anak') and ${under}`,
    ),
  ]);
  const [current, approved] = await Promise.all([
    figuresOf({ ...s, ...cur, draf: true }),
    last ? figuresOf({ ...s, ...last, draf: false }) : Promise.resolve(null),
  ]);
  const count = (k: string) => statuses.find((r) => r.status === k)?.n ?? 0;
  return {
    current: {
      ...current,
      status: { draft: count("draft"), diajukan: count("diajukan"), disetujui: count("disetujui") },
      desa: desa?.n ?? 0,
    },
    approved,
  };
}

import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { selectRows } from "../raw";
import { sasaran, users } from "../schema";
import { inScope } from "./scope";
import { getMonthCounters } from "./pemantauan";
import { countTargetsByGroup } from "./dashboard";
import { listChildrenMeasured, poolChildrenMeasured } from "./children-measured";
import { isInScope } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { monthBounds, type YearMonth } from "@/lib/periods";
import { SASARAN_GROUPS } from "@/lib/sasaran/kategori";
import { summaryDate, type MonitoringSummary } from "@/lib/kegiatan/summary";

type Scoped = { viewer: Viewer; kode: string };

/** The month's monitoring summary of the laporan kegiatan (print page and Excel): each figure from the query
 * that defines it elsewhere (dashboard, monitoring page), for one desa and one month. */
export async function getMonitoringSummary({
  viewer,
  kode,
  bulan,
  today,
}: Scoped & { bulan: YearMonth; today: string }): Promise<MonitoringSummary | null> {
  if (!isInScope(viewer.scopeKode, kode)) return null;
  const { first, last } = monthBounds(bulan);
  const ref = summaryDate(bulan, today);
  const db = await getDb();
  const [groups, counters, measured, baru] = await Promise.all([
    countTargetsByGroup({ viewer, kode, today: ref }),
    getMonthCounters({ viewer, kode, ym: bulan }),
    listChildrenMeasured({ viewer, kode, from: first, tanggal: ref, weighed: true }),
    selectRows<{ ibu: number; anak: number }>(
      db,
      sql`select count(*) filter (where jenis = 'ibu')::int as ibu, count(*) filter (where jenis = 'anak')::int as anak
          from sasaran
          where kode_wilayah = ${kode} and ${inScope(sasaran.kodeWilayah, viewer.scopeKode)}
            and (created_at at time zone 'Asia/Jakarta')::date between ${first}::date and ${last}::date`,
    ),
  ]);
  const pooled = poolChildrenMeasured(measured);
  const n = (k: string) => groups[k] ?? 0;
  return {
    sasaran: {
      ibuHamil: n("ibu_hamil"),
      ibuNifas: n("ibu_nifas"),
      anak023: n("anak_0_23"),
      total: SASARAN_GROUPS.reduce((a, g) => a + n(g), 0),
      paud: n("anak_2_6_paud"),
    },
    catatanIbu: counters.ibuMonth,
    catatanAnak: counters.anakMonth,
    anakPopulasi: pooled.anakPopulasi,
    anakDiukur: pooled.anakDiukur,
    anakDitimbang: measured.reduce((a, r) => a + (r.anakDitimbang ?? 0), 0),
    baruIbu: baru[0]?.ibu ?? 0,
    baruAnak: baru[0]?.anak ?? 0,
  };
}

/** The name for the kepala desa's signature: the desa's active kepala_desa account (its display name), the first
 * by name when there are several; null when there is none (the line stays blank for a handwritten name). */
export async function getKepalaDesaName({ viewer, kode }: Scoped): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ nama: users.displayName })
    .from(users)
    .where(
      and(
        eq(users.scopeKode, kode),
        inScope(users.scopeKode, viewer.scopeKode),
        eq(users.role, "kepala_desa"),
        eq(users.active, true),
      ),
    )
    .orderBy(asc(users.displayName))
    .limit(1);
  return row?.nama ?? null;
}

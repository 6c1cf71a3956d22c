import { count, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { periodeDesa, users } from "../schema";
import { selectRows } from "../raw";
import { currentYearMonth, quarterOfMonth } from "@/lib/periods";

const AIR_PUTIH = "19.05.01.2004";

/** Demo quarter approvals: every quarter that ended two or more quarters ago is approved in every desa; the last
 * completed quarter is approved in about half of them (never Air Putih, whose KPM demonstrates the workflow); the
 * current quarter stays draft. Idempotent. */
export async function seedDemoPeriode(db: Db, opts: { today?: string } = {}) {
  const [existing] = await db.select({ n: count() }).from(periodeDesa);
  if (existing?.n) return;
  const now = opts.today
    ? { tahun: Number(opts.today.slice(0, 4)), bulan: Number(opts.today.slice(5, 7)) }
    : currentYearMonth();
  const currentQ = now.tahun * 4 + quarterOfMonth(now.bulan) - 1;
  const [kades] = await db.select({ id: users.id }).from(users).where(eq(users.username, "kades.airputih"));
  const quarters = await selectRows<{ kode: string; tahun: number; triwulan: number }>(
    db,
    // Quarters in which each desa has records.
    sql`select distinct kode_wilayah as kode, tahun::int, triwulan::int from konvergensi_sasaran order by 1, 2, 3`,
  );
  const rows = quarters
    .map((q, i) => {
      const idx = q.tahun * 4 + q.triwulan - 1;
      const age = currentQ - idx;
      const approved = age >= 2 || (age === 1 && q.kode !== AIR_PUTIH && i % 2 === 0);
      if (!approved) return null;
      const at = new Date(Date.UTC(q.tahun, q.triwulan * 3, 12));
      return {
        kodeWilayah: q.kode,
        tahun: q.tahun,
        triwulan: q.triwulan,
        status: "disetujui" as const,
        diajukanAt: at,
        disetujuiAt: at,
        disetujuiOleh: q.kode === AIR_PUTIH ? (kades?.id ?? null) : null,
      };
    })
    .filter((r): r is NonNullable<typeof r> => r !== null);
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insert(periodeDesa)
      .values(rows.slice(i, i + 500))
      .onConflictDoNothing();
}

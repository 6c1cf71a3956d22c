import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { selectRows } from "../raw";
import { isValidKode } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { JENIS_KEGIATAN, type JenisKegiatan } from "@/lib/enums";
import type { InsentifKpm, KpmKinerjaRow } from "@/lib/kpm/types";
import { kpmWindow, trainingCutoff, type KpmWindowMonths } from "@/lib/kpm/window";
import { addMonths } from "@/lib/periods";
import { reportStatus } from "@/lib/dashboard/reporting";
import { listReportingByDesaMonths } from "./reporting";
import { SASARAN_GROUPS } from "@/lib/sasaran/kategori";
import { ensureTargetCounts } from "./target-counts";

type Scope = { viewer: Viewer; kode: string };

/** `col` lies under `kode` and inside the viewer's scope (whole-segment prefixes of validated codes). */
export function underScope(col: SQL, { viewer, kode }: Scope): SQL {
  if (!isValidKode(kode) || !isValidKode(viewer.scopeKode)) return sql`false`;
  return sql`(${col} = ${kode} or ${col} like ${`${kode}.%`}) and (${col} = ${viewer.scopeKode} or ${col} like ${`${viewer.scopeKode}.%`})`;
}

type Roster = Pick<
  KpmKinerjaRow,
  "kpmId" | "kpmNama" | "desaKode" | "desaNama" | "desaJenis" | "kecamatanKode" | "kecamatanNama"
>;
type Budget = { kode: string; disetujui: boolean; draf: boolean };

/** Every desa/kelurahan under the region with its active KPM accounts (one row per account, or one row with no
 * account), plus each figure from one grouped query: report completeness and timeliness per desa over the window, active targets
 * per desa, activities per KPM, last training per KPM, and the KPM incentive line in this year's APBDes. */
export async function listKpmKinerja(s: Scope & { bulan: KpmWindowMonths; today: string }): Promise<KpmKinerjaRow[]> {
  const db = await getDb();
  const w = kpmWindow(s.bulan, s.today);
  const tahun = Number(s.today.slice(0, 4));
  // Targets followed: the dashboard's "Sasaran aktif" (docs/indicators.md §1) as of today, from the same counts.
  await ensureTargetCounts(s.kode, s.today);
  const [roster, reporting, targets, activities, training, budget] = await Promise.all([
    selectRows<Roster>(
      db,
      sql`select r.kode as "desaKode", r.nama as "desaNama", r.jenis::text as "desaJenis", kec.kode as "kecamatanKode", kec.nama as "kecamatanNama",
            u.id as "kpmId", u.display_name as "kpmNama"
          from regions r join regions kec on kec.kode = r.parent_kode
          left join users u on u.scope_kode = r.kode and u.role = 'kpm' and u.active
          where r.jenis in ('desa', 'kelurahan') and ${underScope(sql`r.kode`, s)}
          order by r.kode, u.display_name, u.id`,
    ),
    // The dashboard's report completeness and timeliness (db/queries/reporting.ts), month by month.
    listReportingByDesaMonths({ ...s, months: Array.from({ length: w.bulan }, (_, i) => addMonths(w.start, i)) }),
    selectRows<{ kode: string; n: number }>(
      db,
      sql`select kode_wilayah as kode, sum(n)::int as n from sasaran_kelompok_desa
          where tanggal = ${s.today}::date and kelompok in (${sql.join(
            SASARAN_GROUPS.map((g) => sql`${g}`),
            sql`, `,
          )}) and ${underScope(sql`kode_wilayah`, s)} group by 1`,
    ),
    selectRows<{ kpmId: number; jenis: JenisKegiatan; n: number }>(
      db,
      sql`select kpm_user_id as "kpmId", jenis::text as jenis, count(*)::int as n from kegiatan_kpm
          where kpm_user_id is not null and ${underScope(sql`kode_wilayah`, s)} and tanggal between ${w.from}::date and ${w.to}::date
          group by 1, 2`,
    ),
    // Scoped through the attendee: a district event attended by the kecamatan's own KPM counts for them.
    selectRows<{ kpmId: number; tanggal: string; topik: string }>(
      db,
      sql`select distinct on (pp.user_id) pp.user_id as "kpmId", p.tanggal::text as tanggal, p.topik
          from pelatihan_peserta pp join pelatihan p on p.id = pp.pelatihan_id join users u on u.id = pp.user_id
          where u.role = 'kpm' and ${underScope(sql`u.scope_kode`, s)} and p.tanggal <= ${s.today}::date
          order by pp.user_id, p.tanggal desc, p.id desc`,
    ),
    // The version that counts is the one every budget figure uses: the approved perubahan, else the approved murni.
    selectRows<Budget>(
      db,
      sql`with v as (select id, kode_wilayah, status, versi from apbdes where tahun = ${tahun}::int and ${underScope(sql`kode_wilayah`, s)}),
          c as (select distinct on (kode_wilayah) id from v where status = 'disetujui'
                order by kode_wilayah, case when versi = 'perubahan' then 0 else 1 end)
          select v.kode_wilayah as kode,
            coalesce(bool_or(b.insentif_kpm) filter (where c.id is not null), false) as disetujui,
            coalesce(bool_or(b.insentif_kpm) filter (where v.status <> 'disetujui'), false) as draf
          from v left join c on c.id = v.id left join apbdes_baris b on b.apbdes_id = v.id
          group by v.kode_wilayah`,
    ),
  ]);

  const rep = new Map<
    string,
    Pick<KpmKinerjaRow, "wajibLapor" | "tercatat" | "tepatWaktu" | "bulanLengkap" | "bulanWajib">
  >();
  for (const m of reporting) {
    const e = rep.get(m.kode) ?? { wajibLapor: 0, tercatat: 0, tepatWaktu: 0, bulanLengkap: 0, bulanWajib: 0 };
    rep.set(m.kode, {
      wajibLapor: e.wajibLapor + m.wajib,
      tercatat: e.tercatat + m.tercatat,
      tepatWaktu: e.tepatWaktu + m.tepatWaktu,
      bulanLengkap: e.bulanLengkap + (reportStatus(m) === "lengkap" ? 1 : 0),
      bulanWajib: e.bulanWajib + (m.wajib > 0 ? 1 : 0),
    });
  }
  const tgt = new Map(targets.map((t) => [t.kode, t.n]));
  const act = new Map<number, Record<JenisKegiatan, number>>();
  for (const a of activities) {
    const m = act.get(a.kpmId) ?? emptyActivities();
    m[a.jenis] = a.n;
    act.set(a.kpmId, m);
  }
  const trained = new Map(training.map((t) => [t.kpmId, t]));
  const bud = new Map(budget.map((b) => [b.kode, b]));
  const cutoff = trainingCutoff(s.today);

  return roster.map((r) => {
    const kegiatan = (r.kpmId !== null && act.get(r.kpmId)) || emptyActivities();
    const t = r.kpmId !== null ? trained.get(r.kpmId) : undefined;
    return {
      ...r,
      key: r.kpmId !== null ? `kpm-${r.kpmId}` : `desa-${r.desaKode}`,
      bulan: w.bulan,
      ...(rep.get(r.desaKode) ?? { wajibLapor: 0, tercatat: 0, tepatWaktu: 0, bulanLengkap: 0, bulanWajib: 0 }),
      sasaran: tgt.get(r.desaKode) ?? 0,
      kegiatan,
      kegiatanTotal: Object.values(kegiatan).reduce((a, b) => a + b, 0),
      pelatihanTerakhir: t?.tanggal ?? null,
      pelatihanTopik: t?.topik ?? null,
      pelatihan12Bulan: Boolean(t && t.tanggal >= cutoff),
      insentifKpm: insentifOf(r.desaJenis, bud.get(r.desaKode)),
    };
  });
}

function emptyActivities(): Record<JenisKegiatan, number> {
  return Object.fromEntries(JENIS_KEGIATAN.map((j) => [j, 0])) as Record<JenisKegiatan, number>;
}

function insentifOf(jenis: "desa" | "kelurahan", b: Budget | undefined): InsentifKpm {
  if (jenis === "kelurahan") return "kelurahan";
  if (!b) return "belum_ada";
  if (b.disetujui) return "ya";
  if (b.draf) return "draf";
  return "tidak";
}

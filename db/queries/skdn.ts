import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../client";
import { selectRows } from "../raw";
import { sasaran } from "../schema";
import { inScope } from "./scope";
import { activeOn, monitoringGroupSql } from "./target-counts";
import { listPosyanduByDesa } from "./posyandu";
import type { Viewer } from "@/lib/auth/viewer";
import { isInScope } from "@/lib/auth/scope";
import { addMonths, monthBounds, monthIndex, type YearMonth } from "@/lib/periods";
import type { MonitoringGroup } from "@/lib/sasaran/kategori";
import { countSkdn, type SkdnChild, type SkdnTable } from "@/lib/pemantauan/skdn";

/* The posyandu's monthly SKDN (docs/skdn.md; every line defined in docs/indicators.md "SKDN"). The query picks S —
 * the desa's active children of the month's monitoring groups (monitoringGroupSql, activeOn the month's first day),
 * in the posyandu they are in now — and, for each, the last weighing of M, M−1 and M−2 and whether it was weighed
 * before M (weighings anywhere: a child moved in keeps its history). lib/pemantauan/skdn.ts applies the KMS rule. */

type Row = {
  id: number;
  nama: string;
  posyandu_id: number;
  kelompok: MonitoringGroup;
  tanggal_lahir: string;
  kia: boolean;
  t0: string | null;
  b0: string | number | null;
  waz0: string | number | null;
  t1: string | null;
  b1: string | number | null;
  t2: string | null;
  b2: string | number | null;
  sebelumnya: boolean;
};

const num = (v: string | number | null) => (v === null ? null : Number(v));
const day = (v: string | Date | null) =>
  v === null ? null : typeof v === "string" ? v.slice(0, 10) : v.toISOString().slice(0, 10);

/** The children of S for a desa (one posyandu or all) and a month, with their weighings. Null out of scope. */
export async function listSkdnChildren({
  viewer,
  kode,
  ym,
  posyanduId,
}: {
  viewer: Viewer;
  kode: string;
  ym: YearMonth;
  posyanduId?: number;
}): Promise<SkdnChild[] | null> {
  if (!isInScope(viewer.scopeKode, kode)) return null;
  const db = await getDb();
  const { first, last } = monthBounds(ym);
  const from = monthBounds(addMonths(ym, -2)).first;
  const idx = monthIndex(ym);
  const rows = await selectRows<Row>(
    db,
    sql`
    with s as (
      select id, nama, posyandu_id, tanggal_lahir, coalesce(no_kia, '') <> '' as kia,
        ${monitoringGroupSql(ym)} as kelompok
      from sasaran
      where kode_wilayah = ${kode} and ${inScope(sasaran.kodeWilayah, viewer.scopeKode)} and jenis = 'anak'
        and ${activeOn(first)} and tanggal_lahir <= ${last}::date
        and tanggal_lahir > ${first}::date - interval '61 months'
        ${posyanduId !== undefined ? sql`and posyandu_id = ${posyanduId}` : sql``}
    ),
    w as (
      select distinct on (u.sasaran_id, m.idx) u.sasaran_id, m.idx, u.tanggal_ukur, u.berat_kg, u.waz
      from pengukuran u
      join s on s.id = u.sasaran_id and s.kelompok is not null
      cross join lateral (select (extract(year from u.tanggal_ukur) * 12 + extract(month from u.tanggal_ukur))::int as idx) m
      where u.berat_kg is not null and u.tanggal_ukur between ${from}::date and ${last}::date
        and (u.pemantauan_anak_id is not null or u.pemantauan_balita_id is not null)
      order by u.sasaran_id, m.idx, u.tanggal_ukur desc, u.id desc
    )
    select s.id, s.nama, s.posyandu_id, s.kelompok, to_char(s.tanggal_lahir, 'YYYY-MM-DD') as tanggal_lahir, s.kia,
      to_char(w0.tanggal_ukur, 'YYYY-MM-DD') as t0, w0.berat_kg as b0, w0.waz as waz0,
      to_char(w1.tanggal_ukur, 'YYYY-MM-DD') as t1, w1.berat_kg as b1,
      to_char(w2.tanggal_ukur, 'YYYY-MM-DD') as t2, w2.berat_kg as b2,
      exists (select 1 from pengukuran e where e.sasaran_id = s.id and e.berat_kg is not null
        and e.tanggal_ukur < ${first}::date
        and (e.pemantauan_anak_id is not null or e.pemantauan_balita_id is not null)) as sebelumnya
    from s
    left join w w0 on w0.sasaran_id = s.id and w0.idx = ${idx}
    left join w w1 on w1.sasaran_id = s.id and w1.idx = ${idx - 1}
    left join w w2 on w2.sasaran_id = s.id and w2.idx = ${idx - 2}
    where s.kelompok is not null
    order by s.nama, s.id`,
  );
  return rows.map((r) => {
    const t0 = day(r.t0);
    const t1 = day(r.t1);
    const t2 = day(r.t2);
    return {
      id: Number(r.id),
      nama: r.nama,
      posyanduId: Number(r.posyandu_id),
      kelompok: r.kelompok,
      tanggalLahir: day(r.tanggal_lahir)!,
      punyaKia: Boolean(r.kia),
      bulanIni: t0 !== null ? { tanggalUkur: t0, beratKg: num(r.b0)!, waz: num(r.waz0) } : null,
      bulanLalu: t1 !== null ? { tanggalUkur: t1, beratKg: num(r.b1)! } : null,
      duaBulanLalu: t2 !== null ? { tanggalUkur: t2, beratKg: num(r.b2)! } : null,
      pernahSebelumnya: Boolean(r.sebelumnya),
    };
  });
}

export type SkdnReport = {
  /** One row per posyandu of the desa (active ones, and inactive ones that still have children of S). */
  posyandu: Array<{ id: number; nama: string; aktif: boolean; table: SkdnTable }>;
  /** The desa (all posyandu) or, with `posyanduId`, that posyandu. */
  total: SkdnTable;
  children: SkdnChild[];
};

/** The SKDN of a desa, or of one of its posyandu, for a month. Null out of scope or for a posyandu not of the desa. */
export async function getSkdnReport({
  viewer,
  kode,
  ym,
  posyanduId,
}: {
  viewer: Viewer;
  kode: string;
  ym: YearMonth;
  posyanduId?: number;
}): Promise<SkdnReport | null> {
  if (!isInScope(viewer.scopeKode, kode)) return null;
  const list = await listPosyanduByDesa({ viewer, kode });
  if (posyanduId !== undefined && !list.some((p) => p.id === posyanduId)) return null;
  const children = await listSkdnChildren({ viewer, kode, ym, posyanduId });
  if (!children) return null;
  const rows = list
    .filter((p) => (posyanduId === undefined ? true : p.id === posyanduId))
    .map((p) => ({ p, own: children.filter((c) => c.posyanduId === p.id) }))
    .filter(({ p, own }) => p.aktif || own.length > 0)
    .map(({ p, own }) => ({ id: p.id, nama: p.nama, aktif: p.aktif, table: countSkdn(own) }));
  return { posyandu: rows, total: countSkdn(children), children };
}

import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../client";
import { selectRows } from "../raw";
import type { Viewer } from "@/lib/auth/viewer";
import { isInScope } from "@/lib/auth/scope";
import { addMonths, monthBounds, monthIndex, yearMonthOfDate, type YearMonth } from "@/lib/periods";
import { kmsTwoT, type KmsWeighing } from "@/lib/pemantauan/kms";
import { listDueForMonth } from "./pemantauan";
import { listDueWithoutRecord } from "./reporting";
import { balitaIn, secondBirthdaySql } from "./target-counts";
import { BBLR_BELOW_KG, BBLR_FOLLOW_MONTHS } from "@/lib/sasaran/birth";

import type { TugasItem } from "@/lib/pemantauan/tugas-groups";
import { HOME_VISIT_HAZ, HOME_VISIT_WHZ } from "@/lib/pemantauan/result-rules";

export type { TugasItem };

type Rows = { id: number; nama: string; detail: string | null }[];
type TwoTRow = {
  id: number;
  nama: string;
  tanggal_lahir: string;
  /** A balita (24–59 months this month, balitaIn) rather than a child on 2B. */
  balita: boolean;
  w: Array<{ tanggalUkur: string; beratKg: number | string }>;
};

/** The cadre's to-do list for one desa and month, each group computed in one set-based query. */
export async function getTugasBulanIni({
  viewer,
  kode,
  ym,
  today,
}: {
  viewer: Viewer;
  kode: string;
  ym: YearMonth;
  today: string;
}) {
  if (!isInScope(viewer.scopeKode, kode)) return null;
  const db = await getDb();
  const idx = monthIndex(ym);
  // The balita groups (24–59 months: balitaIn, the balita record's group this month), run beside the others.
  const balitaLists = Promise.all([
    // Not weighed this month.
    selectRows<Rows[number]>(
      db,
      sql`
      select s.id, s.nama, null as detail from sasaran s
      where s.kode_wilayah = ${kode} and s.aktif and ${balitaIn(ym, "s")}
        and not exists (select 1 from pemantauan_balita p where p.sasaran_id = s.id and p.ditimbang
          and p.tahun = ${ym.tahun} and p.bulan = ${ym.bulan})
      order by s.nama`,
    ),
    // Stunted/wasted by the latest measurement (the home-visit categories of 0–23) and this month's record has
    // neither a home visit nor a referral to the Puskesmas.
    selectRows<Rows[number]>(
      db,
      sql`
      select s.id, s.nama, 'anak: ' || coalesce(u.kategori_haz, '') || ' ' || coalesce(u.kategori_whz, '') as detail
      from sasaran s
      join lateral (select kategori_haz, kategori_whz from pengukuran where sasaran_id = s.id order by tanggal_ukur desc limit 1) u on true
      where s.kode_wilayah = ${kode} and s.aktif and ${balitaIn(ym, "s")}
        and (u.kategori_haz in ${[...HOME_VISIT_HAZ]} or u.kategori_whz in ${[...HOME_VISIT_WHZ]})
        and not exists (select 1 from pemantauan_balita p where p.sasaran_id = s.id and p.tahun = ${ym.tahun}
          and p.bulan = ${ym.bulan} and (p.kunjungan_rumah or p.rujukan))
      order by s.nama`,
    ),
  ]);
  const { last } = monthBounds(ym);
  // 2T at the latest weighing when it is this month's or last month's (a 2T child stays on the list until weighed
  // again): three consecutive months back from there.
  const from = monthBounds(addMonths(ym, -3)).first;
  const [dueIbuAnak, due, notWeighed, twoT, homeVisit, pastHpl, agingOut, bblr] = await Promise.all([
    // 2A/2B: the targets the dashboard's report completeness counts as due (docs/indicators.md §4).
    listDueWithoutRecord({ viewer, kode, ym }),
    listDueForMonth({ viewer, kode, ym }),
    // Children (old enough) weighed neither last month nor this month.
    selectRows<Rows[number]>(
      db,
      sql`
      select s.id, s.nama, null as detail from sasaran s
      where s.kode_wilayah = ${kode} and s.jenis = 'anak' and s.aktif
        and ${today}::date - s.tanggal_lahir >= 61 and ${today}::date < ${secondBirthdaySql("s")}
        and not exists (select 1 from pemantauan_anak p where p.sasaran_id = s.id and p.pengukuran_berat_badan
          and p.tahun * 12 + p.bulan between ${idx - 1} and ${idx})
      order by s.nama`,
    ),
    // 2T by the KMS rule (lib/pemantauan/kms.ts: T at the latest weighing and T at the one before, in consecutive
    // months): the last weighing of each of the child's last three weighed months up to this month; kmsTwoT below. One
    // query for the 0–23 children and the balita (balitaIn), told apart by `balita`.
    selectRows<TwoTRow>(
      db,
      sql`
      with m as (
        select distinct on (u.sasaran_id, date_trunc('month', u.tanggal_ukur)) u.sasaran_id,
          to_char(u.tanggal_ukur, 'YYYY-MM-DD') as tanggal_ukur, u.berat_kg
        from pengukuran u join sasaran s on s.id = u.sasaran_id
        where s.kode_wilayah = ${kode} and s.jenis = 'anak' and s.aktif
          and (${today}::date < ${secondBirthdaySql("s")} or ${balitaIn(ym, "s")})
          and u.berat_kg is not null and u.tanggal_ukur <= ${last}::date and u.tanggal_ukur >= ${from}::date
        order by u.sasaran_id, date_trunc('month', u.tanggal_ukur), u.tanggal_ukur desc, u.id desc)
      select s.id, s.nama, to_char(s.tanggal_lahir, 'YYYY-MM-DD') as tanggal_lahir, ${balitaIn(ym, "s")} as balita,
        json_agg(json_build_object('tanggalUkur', m.tanggal_ukur, 'beratKg', m.berat_kg) order by m.tanggal_ukur) as w
      from m join sasaran s on s.id = m.sasaran_id
      group by s.id, s.nama, s.tanggal_lahir
      order by s.nama`,
    ),
    // Stunted/wasted children and KEK/Risti mothers with no home visit recorded this month.
    selectRows<Rows[number]>(
      db,
      sql`
      select s.id, s.nama, 'anak: ' || coalesce(u.kategori_haz, '') || ' ' || coalesce(u.kategori_whz, '') as detail
      from sasaran s
      join lateral (select kategori_haz, kategori_whz from pengukuran where sasaran_id = s.id order by tanggal_ukur desc limit 1) u on true
      where s.kode_wilayah = ${kode} and s.jenis = 'anak' and s.aktif and ${today}::date < ${secondBirthdaySql("s")}
        and (u.kategori_haz in ${[...HOME_VISIT_HAZ]} or u.kategori_whz in ${[...HOME_VISIT_WHZ]})
        and not exists (select 1 from pemantauan_anak p where p.sasaran_id = s.id and p.tahun = ${ym.tahun} and p.bulan = ${ym.bulan} and p.kunjungan_rumah)
      union all
      select s.id, s.nama, 'ibu: ' || r.status_kehamilan as detail
      from sasaran s
      join lateral (select status_kehamilan from pemantauan_ibu where sasaran_id = s.id order by tahun desc, bulan desc limit 1) r on true
      where s.kode_wilayah = ${kode} and s.jenis = 'ibu' and s.aktif and s.tanggal_melahirkan is null and r.status_kehamilan in ('risti', 'kek')
        and not exists (select 1 from pemantauan_ibu p where p.sasaran_id = s.id and p.tahun = ${ym.tahun} and p.bulan = ${ym.bulan} and p.kunjungan_rumah)
      order by 2`,
    ),
    selectRows<Rows[number]>(
      db,
      sql`
      select s.id, s.nama, to_char(s.hpl, 'YYYY-MM-DD') as detail from sasaran s
      where s.kode_wilayah = ${kode} and s.jenis = 'ibu' and s.aktif and s.tanggal_melahirkan is null and s.hpl < ${today}::date
      order by s.hpl`,
    ),
    selectRows<Rows[number]>(
      db,
      sql`
      select s.id, s.nama, to_char(${secondBirthdaySql("s")}, 'YYYY-MM-DD') as detail from sasaran s
      where s.kode_wilayah = ${kode} and s.jenis = 'anak' and s.aktif
        and ${secondBirthdaySql("s")} > ${today}::date and ${secondBirthdaySql("s")} <= ${today}::date + 31
      order by s.tanggal_lahir`,
    ),
    // BBLR babies in their first months with no weighing this month (lib/sasaran/birth.ts: one definition).
    selectRows<Rows[number]>(
      db,
      sql`
      select s.id, s.nama, s.berat_lahir_kg::text as detail from sasaran s
      where s.kode_wilayah = ${kode} and s.jenis = 'anak' and s.aktif
        and s.berat_lahir_kg > 0 and s.berat_lahir_kg < ${BBLR_BELOW_KG}
        and s.tanggal_lahir <= ${today}::date
        and ${today}::date < s.tanggal_lahir + make_interval(months => ${BBLR_FOLLOW_MONTHS})
        and not exists (select 1 from pemantauan_anak p where p.sasaran_id = s.id and p.pengukuran_berat_badan
          and p.tahun = ${ym.tahun} and p.bulan = ${ym.bulan})
      order by s.tanggal_lahir, s.nama`,
    ),
  ]);
  const [balitaNotWeighed, balitaVisit] = await balitaLists;
  // PAUD attendance (2C) is not part of report completeness but still a monthly task.
  const belumDicatat: TugasItem[] = [
    ...dueIbuAnak,
    ...due.paud.filter((r) => !r.recordId).map((r) => ({ id: r.id, nama: r.nama })),
  ];
  const clean = (rows: Rows): TugasItem[] =>
    rows.map((r) => ({ id: Number(r.id), nama: r.nama, detail: r.detail ?? undefined }));
  // 2T by the KMS rule over each child's monthly weighings, kept while the latest is this month's or last month's.
  const twoTItems = (rows: TwoTRow[]): TugasItem[] =>
    rows.flatMap((r): TugasItem[] => {
      const ws: KmsWeighing[] = r.w.map((x) => ({ tanggalUkur: x.tanggalUkur, beratKg: Number(x.beratKg) }));
      const latest = ws.at(-1);
      if (!latest || monthIndex(yearMonthOfDate(latest.tanggalUkur)) < idx - 1) return [];
      return kmsTwoT(ws, r.tanggal_lahir)
        ? [
            {
              id: Number(r.id),
              nama: r.nama,
              detail: ws
                .slice(-3)
                .map((x) => x.beratKg)
                .join("|"),
            },
          ]
        : [];
    });
  return {
    belumDicatat,
    belumDitimbang: clean(notWeighed),
    duaT: twoTItems(twoT.filter((r) => !r.balita)),
    kunjunganRumah: clean(homeVisit),
    lewatHpl: clean(pastHpl),
    segeraLulus: clean(agingOut),
    bblr: clean(bblr),
    balitaBelumDitimbang: clean(balitaNotWeighed),
    balitaDuaT: twoTItems(twoT.filter((r) => r.balita)),
    balitaKunjungan: clean(balitaVisit),
  };
}

import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "../client";
import { pengaturanTahun } from "../schema";
import { DEFAULT_PENGAJUAN_HARI } from "@/lib/scorecard/workflow";
import { DEFAULT_MINIMUM_PERINGKAT } from "@/lib/dashboard/gaps";

export type YearSettingsView = {
  tahun: number;
  pengajuanHariSebelumAkhir: number;
  minimumSasaranPeringkat: number;
  /** The year has no row yet: the values shown are the defaults. */
  bawaan: boolean;
};

/** The settings of /admin/pengaturan for one year, and the years that have a row (settings are district-wide: no
 * region to scope; the page and its action are for `settings:manage` only). */
export async function getYearSettingsView(tahun: number): Promise<{ shown: YearSettingsView; years: number[] }> {
  const db = await getDb();
  const [row] = await db
    .select({
      pengajuanHariSebelumAkhir: pengaturanTahun.pengajuanHariSebelumAkhir,
      minimumSasaranPeringkat: pengaturanTahun.minimumSasaranPeringkat,
    })
    .from(pengaturanTahun)
    .where(eq(pengaturanTahun.tahun, tahun));
  const years = await db
    .select({ tahun: pengaturanTahun.tahun })
    .from(pengaturanTahun)
    .orderBy(asc(pengaturanTahun.tahun));
  return {
    shown: row
      ? { tahun, ...row, bawaan: false }
      : {
          tahun,
          pengajuanHariSebelumAkhir: DEFAULT_PENGAJUAN_HARI,
          minimumSasaranPeringkat: DEFAULT_MINIMUM_PERINGKAT,
          bawaan: true,
        },
    years: years.map((y) => y.tahun),
  };
}

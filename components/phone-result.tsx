"use client";

import { useEffect, useState } from "react";
import type { GrowthTables } from "@/lib/growth/lms";
import type { Sex } from "@/lib/growth/zscore";
import { loadClientGrowthTables } from "@/lib/growth/client-tables";
import { evaluateMeasurement } from "@/lib/growth/measure";
import { anakMonthSchema } from "@/lib/pemantauan/schemas";
import { resultFlags, type Weighing } from "@/lib/pemantauan/result-rules";
import { todayIso } from "@/lib/periods";
import { ResultCard } from "@/components/result-card";

export type PhoneResultChild = {
  nama: string;
  jenisKelamin: Sex;
  tanggalLahir: string;
  /** Earlier weighings, newest first (N/T and 2T), as the server last knew them. */
  weighings: Weighing[];
};

/** The result card of a 2B form kept on the phone (no connection): z-scores computed on the phone by the same code
 * as the server's (lib/growth/measure.ts, with the tables the phone downloaded). */
export function PhoneResult({ child, values }: { child: PhoneResultChild; values: Record<string, string> }) {
  const [tables, setTables] = useState<GrowthTables | null>(null);
  useEffect(() => {
    loadClientGrowthTables()
      .then(setTables)
      .catch(() => setTables(null));
  }, []);
  const parsed = anakMonthSchema(todayIso()).safeParse(values);
  if (!parsed.success) return null;
  const d = parsed.data;
  const m = tables
    ? evaluateMeasurement(
        {
          sex: child.jenisKelamin,
          tanggalLahir: child.tanggalLahir,
          tanggalUkur: d.tanggalPeriksa,
          beratKg: d.beratKg,
          panjangCm: d.panjangCm,
          caraUkur: d.caraUkur,
          oedema: d.oedema,
        },
        tables,
      ).row
    : null;
  const earlier = child.weighings.filter((w) => w.tanggalUkur < d.tanggalPeriksa);
  // 2T needs this month's weight: without one there is no 2T this month.
  const weighings =
    d.beratKg !== undefined
      ? [...earlier.filter((w) => w.beratKg !== null).reverse(), { tanggalUkur: d.tanggalPeriksa, beratKg: d.beratKg }]
      : [];
  return (
    <ResultCard
      nama={child.nama}
      ukur={{
        tanggalUkur: d.tanggalPeriksa,
        beratKg: d.beratKg ?? null,
        panjangCm: d.panjangCm ?? null,
        panjangKoreksiCm: m?.panjangKoreksiCm ?? null,
        oedema: d.oedema,
        haz: m?.haz ?? null,
        waz: m?.waz ?? null,
        whz: m?.whz ?? null,
        baz: m?.baz ?? null,
        kategoriHaz: m?.kategoriHaz ?? null,
        kategoriWaz: m?.kategoriWaz ?? null,
        kategoriWhz: m?.kategoriWhz ?? null,
        kategoriBaz: m?.kategoriBaz ?? null,
      }}
      previous={earlier[0] ?? null}
      tanggalLahir={child.tanggalLahir}
      flags={resultFlags({
        kategoriHaz: m?.kategoriHaz ?? null,
        kategoriWhz: m?.kategoriWhz ?? null,
        visited: d.kunjunganRumah,
        weighings,
        tanggalLahir: child.tanggalLahir,
      })}
    />
  );
}

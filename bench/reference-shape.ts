/** The scorecard reference shape (issue 7): one desa, 4 posyandu, N mother–child pairs, each pair with 12 monthly
 * pregnancy/nifas records and 12 monthly child records in one year. Written through bulk inserts, then the stored
 * quarterly results are derived with the same recomputation code the app uses. */
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client";
import {
  kegiatanSasaran,
  konvergensiDesa,
  pertumbuhanDesa,
  konvergensiSasaran,
  pemantauanAnak,
  pemantauanBalita,
  pemantauanIbu,
  pemantauanPaud,
  pengukuran,
  posyandu,
  sasaran,
  sasaranPindah,
  users,
} from "../db/schema";
import { recomputeTargets } from "../db/rollups/scorecard";
import { hashPassword } from "../lib/auth/password";

const pad = (n: number) => String(n).padStart(2, "0");

export async function buildReferenceShape(
  db: Db,
  opts: { kode: string; pairs: number; tahun: number; username: string },
) {
  const { kode, pairs, tahun } = opts;
  // Start clean for this desa so reruns measure the same shape.
  const old = await db.select({ id: sasaran.id }).from(sasaran).where(eq(sasaran.kodeWilayah, kode));
  const oldIds = old.map((o) => o.id);
  if (oldIds.length) {
    await db.delete(konvergensiSasaran).where(inArray(konvergensiSasaran.sasaranId, oldIds));
    await db.delete(konvergensiDesa).where(eq(konvergensiDesa.kodeWilayah, kode));
    await db.delete(pertumbuhanDesa).where(eq(pertumbuhanDesa.kodeWilayah, kode));
    await db.delete(pengukuran).where(inArray(pengukuran.sasaranId, oldIds));
    await db.delete(pemantauanBalita).where(inArray(pemantauanBalita.sasaranId, oldIds));
    await db.delete(pemantauanPaud).where(inArray(pemantauanPaud.sasaranId, oldIds));
    await db.delete(kegiatanSasaran).where(inArray(kegiatanSasaran.sasaranId, oldIds));
    await db.delete(sasaranPindah).where(inArray(sasaranPindah.sasaranId, oldIds));
    await db.delete(pemantauanIbu).where(inArray(pemantauanIbu.sasaranId, oldIds));
    await db.delete(pemantauanAnak).where(inArray(pemantauanAnak.sasaranId, oldIds));
    await db.update(sasaran).set({ ibuId: null }).where(inArray(sasaran.id, oldIds));
    await db.delete(sasaran).where(inArray(sasaran.id, oldIds));
  }
  const names = ["Posyandu Bench 1", "Posyandu Bench 2", "Posyandu Bench 3", "Posyandu Bench 4"];
  await db
    .insert(posyandu)
    .values(names.map((nama) => ({ kodeWilayah: kode, nama })))
    .onConflictDoNothing();
  const pos = (await db.select({ id: posyandu.id }).from(posyandu).where(eq(posyandu.kodeWilayah, kode))).map(
    (p) => p.id,
  );
  const [exists] = await db.select({ id: users.id }).from(users).where(eq(users.username, opts.username));
  if (!exists)
    await db.insert(users).values({
      username: opts.username,
      displayName: "KPM Bench",
      passwordHash: await hashPassword("tumbuh-demo"),
      role: "kpm",
      scopeKode: kode,
      isDemo: true,
    });

  const mothers = await db
    .insert(sasaran)
    .values(
      Array.from({ length: pairs }, (_, i) => ({
        kodeWilayah: kode,
        jenis: "ibu" as const,
        nama: `Ibu Bench ${i + 1}`,
        jenisKelamin: "P" as const,
        tanggalLahir: `${1988 + (i % 15)}-0${1 + (i % 9)}-15`,
        posyanduId: pos[i % pos.length],
        tanggalMelahirkan: `${tahun}-07-${pad(1 + (i % 27))}`,
        noKia: `B-${i + 1}`,
      })),
    )
    .returning({ id: sasaran.id, posyanduId: sasaran.posyanduId });
  const children = await db
    .insert(sasaran)
    .values(
      mothers.map((m, i) => ({
        kodeWilayah: kode,
        jenis: "anak" as const,
        nama: `Anak Bench ${i + 1}`,
        jenisKelamin: (i % 2 ? "L" : "P") as "L" | "P",
        tanggalLahir: `${tahun - 1}-0${1 + (i % 9)}-10`,
        posyanduId: m.posyanduId,
        ibuId: m.id,
        noKia: `B-${i + 1}`,
      })),
    )
    .returning({ id: sasaran.id, posyanduId: sasaran.posyanduId, tanggalLahir: sasaran.tanggalLahir });

  const ibuRows = mothers.flatMap((m, i) =>
    Array.from({ length: 12 }, (_, b) => ({
      sasaranId: m.id,
      kodeWilayah: kode,
      tahun,
      bulan: b + 1,
      tanggalPeriksa: `${tahun}-${pad(b + 1)}-10`,
      posyanduId: m.posyanduId,
      statusKehamilan: (i % 7 === 0 ? "kek" : "normal") as "kek" | "normal",
      usiaKehamilan: b < 6 ? b + 3 : null,
      tanggalMelahirkan: b >= 6 ? `${tahun}-07-${pad(1 + (i % 27))}` : null,
      pemeriksaanKehamilan: (i + b) % 5 !== 0,
      konsumsiPilFe: (i + b) % 4 !== 0,
      // KF1+KF2 in July (the delivery month), KF3 in August.
      kunjunganNifas: b === 6 ? 2 : b === 7 ? 1 : 0,
      konselingGizi: (i + b) % 3 !== 0,
      kunjunganRumah: i % 2 === 0,
      aksesAirBersih: i % 6 !== 0,
      kepemilikanJamban: i % 5 !== 0,
      jaminanKesehatan: i % 8 !== 0,
    })),
  );
  const anakRows = children.flatMap((c, i) =>
    Array.from({ length: 12 }, (_, b) => ({
      sasaranId: c.id,
      kodeWilayah: kode,
      tahun,
      bulan: b + 1,
      tanggalPeriksa: `${tahun}-${pad(b + 1)}-10`,
      posyanduId: c.posyanduId,
      umurBulan: Math.min(23, 12 - (i % 9) + b),
      statusGizi: (i % 6 === 0 ? "S" : "N") as "S" | "N",
      statusTikar: (i % 6 === 0 ? "M" : "H") as "M" | "H",
      imunisasiDasar: true,
      imunisasiCampak: (b > 3 ? "sudah" : "belum") as "sudah" | "belum",
      pengukuranBeratBadan: (i + b) % 6 !== 0,
      pengukuranTinggiBadan: b === 1 || b === 7 || (i + b) % 4 === 0,
      konselingGiziIbu: (i + b) % 3 === 0,
      konselingGiziAyah: (i + b) % 5 === 0,
      kunjunganRumah: i % 2 === 0,
      airBersih: i % 6 !== 0,
      kepemilikanJamban: i % 5 !== 0,
      aktaLahir: i % 4 !== 0,
      jaminanKesehatan: i % 8 !== 0,
      pengasuhanPaud: (i + b) % 2 === 0,
    })),
  );
  for (let i = 0; i < ibuRows.length; i += 1000) await db.insert(pemantauanIbu).values(ibuRows.slice(i, i + 1000));
  for (let i = 0; i < anakRows.length; i += 1000) await db.insert(pemantauanAnak).values(anakRows.slice(i, i + 1000));
  const ids = [...mothers.map((m) => m.id), ...children.map((c) => c.id)];
  for (let i = 0; i < ids.length; i += 500) await db.transaction((tx) => recomputeTargets(tx, ids.slice(i, i + 500)));
  return { monitoringRows: ibuRows.length + anakRows.length };
}

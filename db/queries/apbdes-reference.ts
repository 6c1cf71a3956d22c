import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "../client";
import { apbdesKegiatan, rekeningBelanja, sumberDana } from "../schema";
import { rekeningJenis } from "@/lib/apbdes/codes";
import type { LineRef } from "@/lib/apbdes/line-schema";

// Reference code lists are public data (not per region), so these reads take no viewer.

export async function listKegiatanOptions() {
  const db = await getDb();
  return db
    .select({
      kode: apbdesKegiatan.kode,
      nama: apbdesKegiatan.nama,
      bidang: apbdesKegiatan.bidang,
      subBidang: apbdesKegiatan.subBidang,
      stuntingTag: apbdesKegiatan.stuntingTag,
      paketLayanan: apbdesKegiatan.paketLayanan,
    })
    .from(apbdesKegiatan)
    .orderBy(asc(apbdesKegiatan.kode));
}

export async function listRekeningOptions() {
  const db = await getDb();
  return db
    .select({ kode: rekeningBelanja.kode, nama: rekeningBelanja.nama })
    .from(rekeningBelanja)
    .orderBy(asc(rekeningBelanja.kode));
}

export async function listSumberDanaOptions() {
  const db = await getDb();
  return db.select({ kode: sumberDana.kode, nama: sumberDana.nama }).from(sumberDana).orderBy(asc(sumberDana.kode));
}

/** What a budget line is validated against, from the same tables. */
export async function loadLineRef(): Promise<LineRef> {
  const [kegiatan, rekening, sumber] = await Promise.all([
    listKegiatanOptions(),
    listRekeningOptions(),
    listSumberDanaOptions(),
  ]);
  return {
    kegiatan: new Map(
      kegiatan.map((k) => [
        k.kode,
        { nama: k.nama, subBidang: k.subBidang, stuntingTag: k.stuntingTag, paketLayanan: k.paketLayanan },
      ]),
    ),
    rekeningJenis: new Set(
      rekening
        .map((r) => r.kode)
        .filter((k) => k.split(".").length >= 3)
        .map(rekeningJenis),
    ),
    sumberDana: new Set(sumber.map((s) => s.kode)),
  };
}

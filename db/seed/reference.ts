import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { apbdesKegiatan, regions, rekeningBelanja, sumberDana } from "../schema";
import { parseCsv } from "@/lib/csv";
import type { RegionLevel } from "../schema";

const REFERENCE_DIR = path.join(process.cwd(), "db/reference");

function readCsv(name: string) {
  return parseCsv(fs.readFileSync(path.join(/*turbopackIgnore: true*/ REFERENCE_DIR, name), "utf8"));
}

const emptyToNull = (v: string | undefined) => (v ? v : null);

/** Loads the region tree and budget code lists. Idempotent: upserts by code. */
export async function seedReference(db: Db): Promise<void> {
  const regionRows = readCsv("regions-bangka-barat.csv").map((r) => ({
    kode: r.kode,
    nama: r.nama,
    jenis: r.jenis as RegionLevel,
    parentKode: emptyToNull(r.parent_kode),
  }));
  const kegiatanRows = readCsv("apbdes-kegiatan.csv").map((r) => ({
    kode: r.kode,
    nama: r.nama,
    bidang: r.bidang,
    subBidang: r.sub_bidang,
    stuntingTag: emptyToNull(r.stunting_tag),
    paketLayanan: emptyToNull(r.paket_layanan),
  }));
  const rekeningRows = readCsv("rekening-belanja.csv").map((r) => ({ kode: r.kode, nama: r.nama }));
  const sumberRows = readCsv("sumber-dana.csv").map((r) => ({ kode: r.kode, nama: r.nama }));

  await db.transaction(async (tx) => {
    await tx
      .insert(regions)
      .values(regionRows)
      .onConflictDoUpdate({
        target: regions.kode,
        set: { nama: sql`excluded.nama`, jenis: sql`excluded.jenis`, parentKode: sql`excluded.parent_kode` },
      });
    await tx
      .insert(apbdesKegiatan)
      .values(kegiatanRows)
      .onConflictDoUpdate({
        target: apbdesKegiatan.kode,
        set: {
          nama: sql`excluded.nama`,
          bidang: sql`excluded.bidang`,
          subBidang: sql`excluded.sub_bidang`,
          stuntingTag: sql`excluded.stunting_tag`,
          paketLayanan: sql`excluded.paket_layanan`,
        },
      });
    await tx
      .insert(rekeningBelanja)
      .values(rekeningRows)
      .onConflictDoUpdate({ target: rekeningBelanja.kode, set: { nama: sql`excluded.nama` } });
    await tx
      .insert(sumberDana)
      .values(sumberRows)
      .onConflictDoUpdate({ target: sumberDana.kode, set: { nama: sql`excluded.nama` } });
  });
}

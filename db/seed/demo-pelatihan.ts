/**
 * Demo training and coaching of KPM (Aksi 5): three past district events attended by the KPM of Air Putih and
 * Pelangas, while the KPM of Belo Laut has attended none, so the "no training in 12 months" list has someone in it.
 *
 * Deterministic, idempotent (does nothing once any training exists), one transaction. No "server-only" here: it
 * runs from scripts and instrumentation.
 */
import { count, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { pelatihan, pelatihanPeserta, regions, users } from "../schema";
import { addDaysIso, todayIso } from "@/lib/periods";

const DISTRICT = "19.05";
const ATTENDEES = ["kpm.airputih", "kpm.pelangas"] as const;

const EVENTS = [
  {
    daysAgo: 300,
    jenis: "pelatihan",
    topik: "Pelatihan dasar KPM: konvergensi pencegahan stunting di desa",
    tempat: "Aula Kantor Bupati Bangka Barat, Mentok",
    penyelenggara: "DPMD Kabupaten Bangka Barat",
  },
  {
    daysAgo: 150,
    jenis: "bimtek",
    topik: "Bimtek pengisian Formulir 2A/2B dan scorecard konvergensi desa",
    tempat: "Ruang rapat Bappeda Bangka Barat",
    penyelenggara: "Sekretariat TPPS Kabupaten (Bappeda)",
  },
  {
    daysAgo: 45,
    jenis: "rakor",
    topik: "Rapat koordinasi KPM dan bidan desa: kunjungan rumah baduta berisiko",
    tempat: "Aula Dinas Kesehatan Bangka Barat",
    penyelenggara: "Dinas Kesehatan dan DPMD Bangka Barat",
  },
] as const;

export async function seedDemoPelatihan(
  db: Db,
  opts: { today?: string } = {},
): Promise<{ pelatihan: number; peserta: number } | null> {
  const [existing] = await db.select({ n: count() }).from(pelatihan);
  if ((existing?.n ?? 0) > 0) return null;
  const [district] = await db.select({ kode: regions.kode }).from(regions).where(eq(regions.kode, DISTRICT));
  const kpm = await db
    .select({ id: users.id })
    .from(users)
    .where(inArray(users.username, [...ATTENDEES]));
  if (!district || kpm.length !== ATTENDEES.length) return null;
  const [organiser] = await db.select({ id: users.id }).from(users).where(eq(users.username, "tpps.kab"));
  const today = opts.today ?? todayIso();

  let peserta = 0;
  let events = 0;
  await db.transaction(async (tx) => {
    const [again] = await tx.select({ n: count() }).from(pelatihan);
    if ((again?.n ?? 0) > 0) return;
    for (const e of EVENTS) {
      const [row] = await tx
        .insert(pelatihan)
        .values({
          kodeWilayah: DISTRICT,
          jenis: e.jenis,
          tanggal: addDaysIso(today, -e.daysAgo),
          tempat: e.tempat,
          topik: e.topik,
          penyelenggara: e.penyelenggara,
          createdBy: organiser?.id ?? null,
        })
        .returning({ id: pelatihan.id });
      await tx.insert(pelatihanPeserta).values(kpm.map((u) => ({ pelatihanId: row.id, userId: u.id })));
      events += 1;
      peserta += kpm.length;
    }
  });
  return events ? { pelatihan: events, peserta } : null;
}

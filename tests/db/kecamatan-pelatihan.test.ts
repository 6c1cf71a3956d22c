vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

/** Issue 19, district and kecamatan: trainings recorded by a kecamatan team (scope in SQL, planned events, edits,
 * attendees without an account), ranking only desa with enough targets, and the quarter in progress. */

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { form, userId } from "./users";
import { redirectOf } from "./redirect";
import type { DbHandle } from "@/db/client";
import { auditLog, pelatihan, pelatihanPesertaTamu, pengaturanTahun } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { selectRows } from "@/db/raw";
import { getActiveViewerById } from "@/db/queries/users";
import { listKpmKinerja } from "@/db/queries/kpm-kinerja";
import { getPelatihan, listPelatihan } from "@/db/queries/pelatihan";
import { getQuarterProgress } from "@/db/queries/progress";
import { getScorecard } from "@/db/queries/scorecard";
import { loadDashboard } from "@/db/queries/dashboard-load";
import { parseDashboardPeriod } from "@/lib/dashboard/period";
import {
  createPelatihanAction,
  deletePelatihanAction,
  updatePelatihanAction,
} from "@/app/(portal)/wilayah/[kode]/kpm/actions";
import { addDaysIso, quarterOfMonth, todayIso } from "@/lib/periods";

const MENTOK = "19.05.01";
const AIR_PUTIH = "19.05.01.2004";
const BELO_LAUT = "19.05.01.2006";
const PELANGAS = "19.05.02.2001";
const idle = { status: "idle" as const };
const today = todayIso();
const planned = addDaysIso(today, 20);

let handle: DbHandle;
let drop: () => Promise<void>;
const as = async (u: string) => actAs(await userId(handle.db, u));
const viewerOf = async (u: string) => (await getActiveViewerById(await userId(handle.db, u)))!;

const rakor = {
  kode: MENTOK,
  jenis: "rakor",
  tanggal: planned,
  tempat: "Kantor Camat Mentok",
  topik: "Rakor KPM Kecamatan Mentok",
  penyelenggara: "Tim TPPS Kecamatan Mentok",
};

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
});
afterAll(async () => drop());

async function idOf(topik: string) {
  const [row] = await handle.db.select({ id: pelatihan.id }).from(pelatihan).where(eq(pelatihan.topik, topik));
  return row?.id;
}

describe("a kecamatan team records trainings for its kecamatan", () => {
  it("tpps.mentok plans a rakor with a KPM account and KPM without an account; listed by name and desa", async () => {
    await as("tpps.mentok");
    const airPutih = await userId(handle.db, "kpm.airputih");
    const r = await createPelatihanAction(
      idle,
      form({
        ...rakor,
        pesertaIds: airPutih,
        tamuNama0: "Siti Aminah, S.Pd",
        tamuDesa0: BELO_LAUT,
        tamuNama1: "Rahmat",
        tamuDesa1: AIR_PUTIH,
      }),
    );
    expect(r.status, JSON.stringify(r)).toBe("ok");
    expect(r.message).toMatch(/direncanakan/);
    const id = (await idOf(rakor.topik))!;
    const events = await listPelatihan({ viewer: await viewerOf("tpps.mentok"), kode: MENTOK });
    const ev = events.find((e) => e.id === id)!;
    expect(ev).toMatchObject({
      kodeWilayah: MENTOK,
      jenis: "rakor",
      tanggal: planned,
      jumlahPeserta: 1,
      jumlahTamu: 2,
    });
    expect(ev.tamu.map((x) => [x.nama, x.desaKode])).toEqual([
      ["Rahmat", AIR_PUTIH],
      ["Siti Aminah, S.Pd", BELO_LAUT],
    ]);
    // The district sees it too, and a desa's KPM page scope (a kecamatan elsewhere) does not.
    expect((await listPelatihan({ viewer: await viewerOf("tpps.kab"), kode: "19.05" })).some((e) => e.id === id)).toBe(
      true,
    );
    expect(
      (await listPelatihan({ viewer: await viewerOf("tpps.simpangteritip"), kode: "19.05.02" })).some(
        (e) => e.id === id,
      ),
    ).toBe(false);
    // The audit keeps the desa of the attendees without an account, never their names.
    const [audit] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "pelatihan"), eq(auditLog.entityId, String(id))));
    expect(audit).toMatchObject({ action: "create", actorUsername: "tpps.mentok", kodeWilayah: MENTOK });
    expect(JSON.stringify(audit.after)).not.toMatch(/Siti|Rahmat/);
  });

  it("a planned event and an attendee without an account never make an account 'sudah dilatih'", async () => {
    // Held last week, attended only by a KPM without an account who shares kpm.belolaut's desa.
    await as("tpps.mentok");
    const r = await createPelatihanAction(
      idle,
      form({
        ...rakor,
        tanggal: addDaysIso(today, -7),
        topik: "Bimtek tanpa akun",
        jenis: "bimtek",
        tamuNama0: "KPM Belo Laut",
        tamuDesa0: BELO_LAUT,
      }),
    );
    expect(r.status, JSON.stringify(r)).toBe("ok");
    const rows = await listKpmKinerja({ viewer: await viewerOf("tpps.mentok"), kode: MENTOK, bulan: 3, today });
    const beloId = await userId(handle.db, "kpm.belolaut");
    expect(rows.find((x) => x.kpmId === beloId)).toMatchObject({ pelatihan12Bulan: false, pelatihanTerakhir: null });
    // kpm.airputih is invited to the planned rakor: a planned date does not count, its last training stays the
    // demo's district rakor of 45 days ago.
    const airId = await userId(handle.db, "kpm.airputih");
    expect(rows.find((x) => x.kpmId === airId)).toMatchObject({ pelatihanTerakhir: addDaysIso(today, -45) });
  });

  it("edits the planned rakor with the create form's fields; attendees are replaced", async () => {
    await as("tpps.mentok");
    const id = (await idOf(rakor.topik))!;
    const where = await redirectOf(
      updatePelatihanAction(
        idle,
        form({ ...rakor, id, topik: "Rakor KPM Mentok (diubah)", tamuNama0: "Siti Aminah", tamuDesa0: BELO_LAUT }),
      ),
    );
    expect(where).toBe(`/wilayah/${MENTOK}/kpm?pesan=diubah#pelatihan`);
    const got = await getPelatihan({ viewer: await viewerOf("tpps.mentok"), kode: MENTOK, id });
    expect(got).toMatchObject({ topik: "Rakor KPM Mentok (diubah)", pesertaIds: [], tamu: [{ nama: "Siti Aminah" }] });
    rakor.topik = "Rakor KPM Mentok (diubah)";
    const audit = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "pelatihan"), eq(auditLog.entityId, String(id)), eq(auditLog.action, "update")));
    expect(audit).toHaveLength(1);
  });

  it("refuses what lies outside the kecamatan: another kecamatan, a desa elsewhere, the district's events", async () => {
    await as("tpps.mentok");
    const id = (await idOf(rakor.topik))!;
    const tamuBefore = await handle.db.select().from(pelatihanPesertaTamu);
    // Another kecamatan: out of scope.
    const other = await createPelatihanAction(idle, form({ ...rakor, kode: "19.05.02", topik: "Rakor lain" }));
    expect(other.status).toBe("error");
    // An attendee without an account from a desa of another kecamatan (a forged post).
    const foreign = await createPelatihanAction(
      idle,
      form({ ...rakor, topik: "Rakor Pelangas", tamuNama0: "Orang Pelangas", tamuDesa0: PELANGAS }),
    );
    expect(foreign.status).toBe("error");
    expect(foreign.errors?.tamu?.[0]).toMatch(/desa di wilayah ini/);
    expect(foreign.values?.tamuNama0).toBe("Orang Pelangas");
    // The district's own event (organised for 19.05), named from the kecamatan: not found, not editable.
    const [district] = await handle.db
      .select({ id: pelatihan.id })
      .from(pelatihan)
      .where(eq(pelatihan.kodeWilayah, "19.05"))
      .limit(1);
    const upd = await updatePelatihanAction(
      idle,
      form({ ...rakor, id: district.id, tamuNama0: "X", tamuDesa0: AIR_PUTIH }),
    );
    expect(upd.status).toBe("error");
    const del = await deletePelatihanAction(idle, form({ kode: MENTOK, id: district.id }));
    expect(del.status).toBe("error");
    // Another kecamatan's team cannot edit or delete Mentok's event, even naming its own kecamatan.
    await as("tpps.simpangteritip");
    expect((await updatePelatihanAction(idle, form({ ...rakor, kode: "19.05.02", id }))).status).toBe("error");
    expect((await deletePelatihanAction(idle, form({ kode: "19.05.02", id }))).status).toBe("error");
    expect(await handle.db.select().from(pelatihanPesertaTamu)).toEqual(tamuBefore);
    expect(await idOf("Rakor lain")).toBeUndefined();
    expect(await idOf("Rakor Pelangas")).toBeUndefined();
    // The district edits and then deletes Mentok's event from its own page; the attendees go with it.
    await as("tpps.kab");
    await redirectOf(
      updatePelatihanAction(idle, form({ ...rakor, kode: "19.05", id, tamuNama0: "A", tamuDesa0: AIR_PUTIH })),
    );
    expect((await deletePelatihanAction(idle, form({ kode: "19.05", id }))).status).toBe("ok");
    expect(await handle.db.select().from(pelatihanPesertaTamu).where(eq(pelatihanPesertaTamu.pelatihanId, id))).toEqual(
      [],
    );
  });
});

describe("the quarter in progress beside the last approved quarter", () => {
  it("equals the scorecard of the current quarter with drafts, and of the last approved quarter without", async () => {
    const ym = { tahun: Number(today.slice(0, 4)), bulan: Number(today.slice(5, 7)) };
    const cur = { tahun: ym.tahun, triwulan: quarterOfMonth(ym.bulan) };
    for (const [u, kode] of [
      ["tpps.mentok", MENTOK],
      ["tpps.kab", "19.05"],
    ] as const) {
      const viewer = await viewerOf(u);
      const p = await getQuarterProgress({ viewer, kode, today });
      expect([p.current.tahun, p.current.triwulan]).toEqual([cur.tahun, cur.triwulan]);
      // An independent sum over the per-target results of the quarter, whatever the status.
      const [raw] = await selectRows<{ d: number; s: number; n: number }>(
        handle.db,
        sql`select coalesce(sum(diterima), 0)::int as d, coalesce(sum(seharusnya), 0)::int as s, count(*)::int as n
            from konvergensi_sasaran where kode_wilayah like ${`${kode}.%`} and tahun = ${cur.tahun} and triwulan = ${cur.triwulan}
            and kelompok in ('ibu', 'anak')`,
      );
      expect(raw.s, "the demo has records in the current quarter").toBeGreaterThan(0);
      expect([p.current.diterima, p.current.seharusnya, p.current.ibu.n + p.current.anak.n]).toEqual([
        raw.d,
        raw.s,
        raw.n,
      ]);
      const sc = await getScorecard({ viewer, kode, ...cur, draf: true });
      expect(p.current.diterima).toBe(sc.ibu.diterima + sc.anak.diterima);
      // The last approved quarter: the previous one (demo: about half its desa approved), approved desa only.
      expect(p.approved).not.toBeNull();
      const a = p.approved!;
      const [rawA] = await selectRows<{ d: number; s: number }>(
        handle.db,
        sql`select coalesce(sum(k.diterima), 0)::int as d, coalesce(sum(k.seharusnya), 0)::int as s
            from konvergensi_sasaran k join periode_desa pd on pd.kode_wilayah = k.kode_wilayah and pd.tahun = k.tahun
              and pd.triwulan = k.triwulan and pd.status = 'disetujui'
            where k.kode_wilayah like ${`${kode}.%`} and k.tahun = ${a.tahun} and k.triwulan = ${a.triwulan} and k.kelompok in ('ibu', 'anak')`,
      );
      expect([a.diterima, a.seharusnya]).toEqual([rawA.d, rawA.s]);
      expect(a.tahun * 4 + a.triwulan).toBeLessThan(cur.tahun * 4 + cur.triwulan);
    }
  });
});

describe("ranking only desa with enough targets", () => {
  it("the year's minimum decides which desa get a quartile mark or a weakest indicator", async () => {
    const viewer = await viewerOf("tpps.kab");
    const period = parseDashboardPeriod({});
    const d = await loadDashboard({ viewer, kode: "19.05", period, draf: true });
    expect(d.minimumPeringkat).toBe(10);
    for (const r of d.rows) if (r.weakest) expect(r.weakestN).toBeGreaterThanOrEqual(10);
    // A minimum no desa reaches: no desa has a weakest indicator.
    await handle.db
      .insert(pengaturanTahun)
      .values({ tahun: period.tahun, minimumSasaranPeringkat: 10_000 })
      .onConflictDoUpdate({ target: pengaturanTahun.tahun, set: { minimumSasaranPeringkat: 10_000 } });
    const none = await loadDashboard({ viewer, kode: "19.05", period, draf: true });
    expect(none.minimumPeringkat).toBe(10_000);
    expect(none.rows.filter((r) => r.weakest)).toEqual([]);
    // Minimum 1: every desa with an applicable indicator has one.
    await handle.db
      .update(pengaturanTahun)
      .set({ minimumSasaranPeringkat: 1 })
      .where(eq(pengaturanTahun.tahun, period.tahun));
    const all = await loadDashboard({ viewer, kode: "19.05", period, draf: true });
    expect(all.rows.filter((r) => r.weakest).length).toBeGreaterThan(d.rows.filter((r) => r.weakest).length);
    // `dinilai` is the number of results behind the convergence figure.
    for (const r of all.rows.slice(0, 5)) expect(r.dinilai >= 0 && (r.seharusnya === 0 || r.dinilai > 0)).toBe(true);
  });
});

vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

/**
 * The NIK policy (docs/security.md "NIK") against the demo district: who finds a target by NIK digits, what an
 * export searched by NIK returns and records, what a duplicate NIK answers (and to whom), and that an edit by a
 * role that sees only the masked NIK never changes the stored one.
 */

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, asc, count, desc, eq, isNotNull } from "drizzle-orm";
import { NextRequest } from "next/server";
import { Workbook } from "exceljs";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { form, userId } from "./users";
import { redirectOf } from "./redirect";
import type { DbHandle } from "@/db/client";
import { auditLog, posyandu, sasaran } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { createIbuHamil, updateIbu } from "@/app/(portal)/wilayah/[kode]/sasaran/actions";
import { GET as exportSasaran } from "@/app/(portal)/wilayah/[kode]/sasaran/ekspor/route";
import EditSasaranPage from "@/app/(portal)/wilayah/[kode]/sasaran/[id]/ubah/page";
import { listSasaran } from "@/db/queries/sasaran";
import { getActiveViewerById } from "@/db/queries/users";
import { recordToValues } from "@/lib/pemantauan/defaults";
import { addDaysIso, todayIso } from "@/lib/periods";
import { sasaranText } from "@/lib/i18n/sasaran";

const AIR_PUTIH = "19.05.01.2004";
const BELO_LAUT = "19.05.01.2006";
const idle = { status: "idle" as const };
const today = todayIso();
let handle: DbHandle;
let drop: () => Promise<void>;
/** An active demo target of Air Putih with a NIK. */
let known: typeof sasaran.$inferSelect;
/** A pregnant woman of Air Putih registered by the test, with a NIK (edited below). */
let ibuId = 0;
const IBU_NIK = "1905015203950007";
let posAir = 0;
let posBelo = 0;
let kiaBelo = "";

const viewerOf = async (u: string) => (await getActiveViewerById(await userId(handle.db, u)))!;
const as = async (u: string) => actAs(await userId(handle.db, u));
const digitRuns = (s: string) => s.match(/\d{4,}/g) ?? [];

async function counts() {
  const [s] = await handle.db.select({ n: count() }).from(sasaran);
  const [a] = await handle.db.select({ n: count() }).from(auditLog);
  return { sasaran: s.n, audit: a.n };
}

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
  [known] = await handle.db
    .select()
    .from(sasaran)
    .where(and(eq(sasaran.kodeWilayah, AIR_PUTIH), eq(sasaran.aktif, true), isNotNull(sasaran.nik)))
    .orderBy(asc(sasaran.id))
    .limit(1);
  [{ id: posAir }] = await handle.db.select().from(posyandu).where(eq(posyandu.kodeWilayah, AIR_PUTIH)).limit(1);
  [{ id: posBelo }] = await handle.db.select().from(posyandu).where(eq(posyandu.kodeWilayah, BELO_LAUT)).limit(1);
  const [withKia] = await handle.db
    .select({ noKia: sasaran.noKia })
    .from(sasaran)
    .where(and(eq(sasaran.kodeWilayah, BELO_LAUT), eq(sasaran.jenis, "ibu"), isNotNull(sasaran.noKia)))
    .limit(1);
  kiaBelo = withKia.noKia!;
  await as("kpm.airputih");
  const to = await redirectOf(createIbuHamil(idle, ibuForm({})));
  ibuId = Number(to.match(/sasaran\/(\d+)/)![1]);
});
afterAll(async () => drop());

function ibuForm(over: Record<string, string | number | undefined>) {
  return form({
    kode: AIR_PUTIH,
    nama: "Sari Kebijakan",
    nik: IBU_NIK,
    tanggalLahir: "1995-03-12",
    noKia: "KIA-NIK-1",
    hpl: addDaysIso(today, 120),
    posyanduId: posAir,
    ...over,
  });
}

describe("search by NIK digits: only for roles that see the full NIK, inside their scope", () => {
  const fragment = () => known.nik!.slice(6, 14);

  it("the desa's KPM finds the target by its whole NIK and by a fragment", async () => {
    const viewer = await viewerOf("kpm.airputih");
    for (const q of [known.nik!, fragment()]) {
      const r = await listSasaran({ viewer, kode: AIR_PUTIH, today, q });
      expect(
        r.rows.map((x) => x.id),
        q,
      ).toContain(known.id);
    }
  });

  it("kecamatan, kabupaten and admin find nothing by NIK digits, but still find the name", async () => {
    for (const u of ["tpps.mentok", "tpps.kab", "admin"]) {
      const viewer = await viewerOf(u);
      for (const q of [known.nik!, fragment(), known.nik!.slice(0, 4)]) {
        const r = await listSasaran({ viewer, kode: AIR_PUTIH, today, q });
        expect(
          r.rows.map((x) => x.id),
          `${u} ${q}`,
        ).not.toContain(known.id);
      }
      const byName = await listSasaran({ viewer, kode: AIR_PUTIH, today, q: known.nama });
      expect(
        byName.rows.map((x) => x.id),
        u,
      ).toContain(known.id);
    }
  });
});

describe("export searched by NIK", () => {
  async function exportRows(username: string, q: string) {
    await as(username);
    const url = `http://localhost/wilayah/${AIR_PUTIH}/sasaran/ekspor?q=${encodeURIComponent(q)}`;
    const res = await exportSasaran(new NextRequest(url), { params: Promise.resolve({ kode: AIR_PUTIH }) });
    expect(res.status).toBe(200);
    const wb = new Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const rows: string[][] = [];
    const header = (wb.worksheets[0].views[0] as { ySplit: number }).ySplit;
    wb.worksheets[0].eachRow((r, n) => {
      if (n > header) rows.push((r.values as unknown[]).slice(1).map(String));
    });
    return rows;
  }

  it("matches the NIK for the desa's KPM only; kecamatan and admin get no row", async () => {
    expect((await exportRows("kpm.airputih", known.nik!)).map((r) => r[1])).toEqual([known.nama]);
    expect(await exportRows("tpps.mentok", known.nik!)).toEqual([]);
    expect(await exportRows("admin", known.nik!.slice(4, 12))).toEqual([]);
  });

  it("the export's audit entry stores the search term without its NIK digits", async () => {
    await exportRows("kpm.airputih", `nik ${known.nik}`);
    const [row] = await handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "ekspor"))
      .orderBy(desc(auditLog.id))
      .limit(1);
    const stored = JSON.stringify(row.after);
    expect(stored).not.toContain(known.nik!);
    expect(digitRuns(stored).filter((run) => known.nik!.includes(run))).toEqual([]);
    expect(stored).toContain("nik ");
  });
});

describe("duplicate NIK at registration", () => {
  it("inside the cadre's own desa: names the duplicate and links to it", async () => {
    await as("kpm.airputih");
    const r = await createIbuHamil(idle, ibuForm({ nama: "Sari Lain", noKia: "KIA-NIK-2" }));
    expect(r.errors?.nik?.[0]).toBe(sasaranText.actions.nikHere);
    expect(r.link?.href).toBe(`/wilayah/${AIR_PUTIH}/sasaran/${ibuId}`);
  });

  it("outside it: refused without naming the region or the person; the attempt is audited with the NIK masked", async () => {
    await as("kpm.belolaut");
    const before = await counts();
    const r = await createIbuHamil(idle, ibuForm({ kode: BELO_LAUT, posyanduId: posBelo, noKia: "KIA-NIK-3" }));
    expect(r.errors?.nik?.[0]).toBe(
      "NIK ini sudah terdaftar di desa lain. Bila keluarganya pindah ke desa ini, hubungi TPPS kecamatan untuk pemindahan data.",
    );
    const answer = JSON.stringify({ ...r, values: undefined });
    for (const leak of ["Air Putih", AIR_PUTIH, String(ibuId), "Sari Kebijakan"]) expect(answer).not.toContain(leak);
    const after = await counts();
    expect(after.sasaran).toBe(before.sasaran);
    expect(after.audit).toBe(before.audit + 1);
    const [row] = await handle.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(row).toMatchObject({ action: "nik_ditolak", entity: "sasaran", kodeWilayah: BELO_LAUT, entityId: null });
    expect(JSON.stringify(row)).not.toContain(IBU_NIK);
    expect(row.after).toEqual({ nik: "190501••••••••••" });
  });

  it("no free answer: with a KIA number already taken in the desa the NIK is not even looked at", async () => {
    await as("kpm.belolaut");
    const before = await counts();
    const r = await createIbuHamil(idle, ibuForm({ kode: BELO_LAUT, posyanduId: posBelo, noKia: kiaBelo }));
    expect(r.errors?.noKia?.[0]).toBe(sasaranText.actions.kiaTaken);
    expect(r.errors?.nik).toBeUndefined();
    expect(await counts()).toEqual(before);
  });

  it("no free answer through an edit either: a stale version is refused before the NIK is looked at", async () => {
    await as("kpm.airputih");
    const [own] = await handle.db.select().from(sasaran).where(eq(sasaran.id, ibuId));
    const [elsewhere] = await handle.db
      .select({ nik: sasaran.nik, tanggalLahir: sasaran.tanggalLahir })
      .from(sasaran)
      .where(and(eq(sasaran.kodeWilayah, BELO_LAUT), eq(sasaran.jenis, "ibu"), isNotNull(sasaran.nik)))
      .limit(1);
    const values = {
      ...recordToValues(own),
      kode: AIR_PUTIH,
      nik: elsewhere.nik!,
      tanggalLahir: elsewhere.tanggalLahir,
    };
    const r = await updateIbu(idle, form({ ...values, version: own.version + 5 }));
    expect(r.message).toBe(sasaranText.actions.conflict);
    expect(r.errors?.nik).toBeUndefined();
  });
});

describe("the edit form for a role that sees only the masked NIK (admin)", () => {
  const pageProps = (id: number) => ({ params: Promise.resolve({ kode: AIR_PUTIH, id: String(id) }) });
  const stored = async () => (await handle.db.select().from(sasaran).where(eq(sasaran.id, ibuId)))[0];

  it("shows the masked NIK, read-only; the desa's KPM gets the full one to edit", async () => {
    await as("admin");
    const adminPage = JSON.stringify(await EditSasaranPage(pageProps(ibuId)));
    expect(adminPage).not.toContain(IBU_NIK);
    expect(adminPage).toContain("190501••••••••••");
    expect(adminPage).toContain('"nikEditable":false');
    await as("kpm.airputih");
    expect(JSON.stringify(await EditSasaranPage(pageProps(ibuId)))).toContain(IBU_NIK);
  });

  it("saving it without the NIK field, or with another NIK, changes the rest and never the stored NIK", async () => {
    await as("admin");
    for (const [i, nik] of [undefined, "1905015203950008"].entries()) {
      const row = await stored();
      const to = await redirectOf(
        updateIbu(
          idle,
          form({ ...recordToValues(row), kode: AIR_PUTIH, nik, nama: `Sari Kebijakan ${i}`, version: row.version }),
        ),
      );
      expect(to).toContain(`/sasaran/${ibuId}`);
      const after = await stored();
      expect(after.nama).toBe(`Sari Kebijakan ${i}`);
      expect(after.nik, String(nik)).toBe(IBU_NIK);
    }
  });

  it("a masked NIK posted back is refused as a NIK and overwrites nothing", async () => {
    await as("admin");
    const row = await stored();
    const r = await updateIbu(
      idle,
      form({ ...recordToValues(row), kode: AIR_PUTIH, nik: "190501••••••••••", nama: "Sari Topeng" }),
    );
    expect(r.status).toBe("error");
    expect(await stored()).toMatchObject({ nik: IBU_NIK, nama: row.nama, version: row.version });
  });
});

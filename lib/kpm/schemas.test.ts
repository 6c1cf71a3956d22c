import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createPelatihanSchema, updatePelatihanSchema } from "./schemas";
import { tamuRowCount } from "./tamu";
import { addDaysIso, todayIso } from "@/lib/periods";

const base = {
  kode: "19.05.01",
  jenis: "rakor",
  tanggal: todayIso(),
  tempat: "Kantor Camat Mentok",
  topik: "Rakor KPM",
  penyelenggara: "Kecamatan Mentok",
};
const fieldErrors = (r: ReturnType<typeof createPelatihanSchema.safeParse>) =>
  r.success ? {} : (z.flattenError(r.error).fieldErrors as Record<string, string[]>);

describe("training form", () => {
  it("reads attendees without an account from indexed rows, skipping blank ones; a comma stays in the name", () => {
    const r = createPelatihanSchema.safeParse({
      ...base,
      tamuNama0: "Siti, S.Pd",
      tamuDesa0: "19.05.01.2004",
      tamuNama1: "",
      tamuDesa1: "",
      tamuNama2: " Rahmat ",
      tamuDesa2: "19.05.01.2006",
    });
    expect(r.success).toBe(true);
    expect(r.data?.tamu).toEqual([
      { nama: "Siti, S.Pd", desaKode: "19.05.01.2004" },
      { nama: "Rahmat", desaKode: "19.05.01.2006" },
    ]);
    expect(r.data?.pesertaIds).toEqual([]);
  });

  it("a half-filled row is an error beside the missing field, reported with the other fields' errors", () => {
    const r = createPelatihanSchema.safeParse({ ...base, topik: "", tamuNama1: "Ani", tamuDesa3: "19.05.01.2004" });
    const e = fieldErrors(r);
    expect(e.tamuDesa1?.[0]).toMatch(/Pilih desa/);
    expect(e.tamuNama3?.[0]).toMatch(/Nama peserta wajib/);
    expect(e.topik?.[0]).toMatch(/Topik wajib/);
  });

  it("a held event needs an attendee; a planned one may have none yet; more than two years ahead is refused", () => {
    expect(fieldErrors(createPelatihanSchema.safeParse(base)).pesertaIds?.[0]).toMatch(/minimal satu/);
    expect(createPelatihanSchema.safeParse({ ...base, pesertaIds: "12" }).success).toBe(true);
    const planned = createPelatihanSchema.safeParse({ ...base, tanggal: addDaysIso(todayIso(), 30) });
    expect(planned.success).toBe(true);
    expect(
      fieldErrors(createPelatihanSchema.safeParse({ ...base, tanggal: addDaysIso(todayIso(), 800) })).tanggal?.[0],
    ).toMatch(/dua tahun/);
  });

  it("the edit form needs the event's id", () => {
    expect(updatePelatihanSchema.safeParse({ ...base, pesertaIds: "3" }).success).toBe(false);
    expect(updatePelatihanSchema.safeParse({ ...base, pesertaIds: "3", id: "7" }).data?.id).toBe(7);
  });

  it("shows the filled rows plus two spare, at least three", () => {
    expect(tamuRowCount({})).toBe(3);
    expect(tamuRowCount({ tamuNama0: "A" })).toBe(3);
    expect(tamuRowCount({ tamuNama0: "A", tamuDesa4: "19.05.01.2004" })).toBe(7);
  });
});

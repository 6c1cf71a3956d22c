import { describe, expect, it } from "vitest";
import { addDaysIso, todayIso } from "@/lib/periods";
import { anakSchema, ibuHamilSchema } from "./schemas";
import {
  householdChoice,
  isStaleEdit,
  motherRefusal,
  nikRefusal,
  refusalField,
  registrationFields,
  targetFields,
  withNikField,
  type TargetForm,
} from "./target-rules";
import { sasaranText } from "@/lib/i18n/sasaran";

const t = sasaranText.actions;
const today = todayIso();
const KODE = "19.05.01.2004";
const ibu = (over: Record<string, string> = {}) =>
  ibuHamilSchema(today).parse({
    kode: KODE,
    nama: "Rina Wulandari",
    tanggalLahir: "1995-03-12",
    hpl: addDaysIso(today, 120),
    posyanduId: "7",
    ...over,
  });
const anak = (over: Record<string, string> = {}) =>
  anakSchema(today).parse({
    kode: KODE,
    nama: "Bayi Rina",
    jenisKelamin: "L",
    tanggalLahir: addDaysIso(today, -10),
    posyanduId: "7",
    ibuId: "3",
    beratLahirKg: "3,1",
    ...over,
  });

describe("the columns a registration and an edit write", () => {
  it("a mother: registered as a woman, her HPL kept; an edit leaves the kind and sex alone", () => {
    const form: TargetForm = { jenis: "ibu", input: ibu({ noKia: "KIA-1" }) };
    expect(registrationFields(form)).toEqual({
      kodeWilayah: KODE,
      nama: "Rina Wulandari",
      nik: null,
      tanggalLahir: "1995-03-12",
      noKia: "KIA-1",
      posyanduId: 7,
      hpl: addDaysIso(today, 120),
      jenis: "ibu",
      jenisKelamin: "P",
    });
    const edit = targetFields(form);
    expect(edit).not.toHaveProperty("jenis");
    expect(edit).not.toHaveProperty("jenisKelamin");
  });

  it("a child: sex, mother and birth measures; empty optional fields are written as null", () => {
    const form: TargetForm = { jenis: "anak", input: anak({ ibuId: "" }) };
    expect(registrationFields(form)).toMatchObject({
      jenis: "anak",
      jenisKelamin: "L",
      ibuId: null,
      beratLahirKg: 3.1,
      panjangLahirCm: null,
      nik: null,
      noKia: null,
    });
    expect(targetFields(form)).toMatchObject({ jenisKelamin: "L", ibuId: null });
    expect(targetFields(form)).not.toHaveProperty("jenis");
  });
});

describe("household of a new or edited target", () => {
  it("a chosen household wins over typed household fields", () => {
    expect(householdChoice(ibu({ rumahTanggaId: "12", kepalaKeluarga: "Budi" }))).toEqual({
      kind: "existing",
      id: 12,
    });
  });

  it("a typed head of household creates one in the target's desa with the inline fields", () => {
    expect(householdChoice(ibu({ kepalaKeluarga: "Budi Santoso", dusun: "Dusun I", airMinumLayak: "on" }))).toEqual({
      kind: "new",
      values: {
        kodeWilayah: KODE,
        kepalaKeluarga: "Budi Santoso",
        alamat: undefined,
        dusun: "Dusun I",
        rt: undefined,
        rw: undefined,
        airMinumLayak: true,
        jambanLayak: false,
      },
    });
  });

  it("without a head of household nothing is created", () => {
    expect(householdChoice(ibu({ dusun: "Dusun I" }))).toEqual({ kind: "none" });
  });
});

describe("mother and child", () => {
  it("the mother must be found in the desa", () => {
    expect(motherRefusal("2025-01-01", null)).toEqual({ reason: "ibu_not_found" });
  });

  it("a child born on or before its mother's birth date is refused", () => {
    expect(motherRefusal("1995-03-12", { tanggalLahir: "1995-03-12" })).toEqual({ reason: "born_before_mother" });
    expect(motherRefusal("1994-01-01", { tanggalLahir: "1995-03-12" })).toEqual({ reason: "born_before_mother" });
    expect(motherRefusal("1995-03-13", { tanggalLahir: "1995-03-12" })).toBeNull();
  });
});

describe("duplicate NIK", () => {
  const owner = { id: 41, kodeWilayah: KODE };
  const kpm = { role: "kpm", scopeKode: KODE } as const;
  const kpmElsewhere = { role: "kpm", scopeKode: "19.05.01.2006" } as const;

  it("none when no active target holds it", () => {
    expect(nikRefusal(kpm, KODE, null)).toBeNull();
  });

  it("in the cadre's own desa: links to the existing record", () => {
    expect(nikRefusal(kpm, KODE, owner)).toEqual({ reason: "nik_here", existingId: 41 });
    expect(refusalField({ reason: "nik_here", existingId: 41 })).toEqual({
      field: "nik",
      message: t.nikHere,
      existingId: 41,
    });
  });

  it("in another desa: says only that, never which desa or who", () => {
    const r = nikRefusal(kpmElsewhere, "19.05.01.2006", owner)!;
    expect(r).toEqual({ reason: "nik_elsewhere" });
    expect(refusalField(r)).toEqual({ field: "nik", message: t.nikElsewhere });
    expect(t.nikElsewhere).not.toMatch(/Desa |Kelurahan /);
  });

  it("never links a record to a viewer who may not see its NIK", () => {
    expect(nikRefusal({ role: "admin", scopeKode: "19.05" }, KODE, owner)).toEqual({ reason: "nik_elsewhere" });
  });
});

describe("the NIK field belongs to those who may see the NIK", () => {
  const NIK = "1905015203950007";
  const typed: TargetForm = { jenis: "ibu", input: ibu({ nik: "1905015203950008" }) };
  const admin = { role: "admin", scopeKode: "19.05" } as const;

  it("the desa's KPM writes what was typed", () => {
    expect(withNikField({ role: "kpm", scopeKode: KODE }, typed, NIK)).toEqual({ ok: true, form: typed });
  });

  it("anyone else: a registration gets no NIK, an edit keeps the stored one whatever was sent", () => {
    const registered = withNikField(admin, typed, null);
    expect(registered.ok && registered.form.input.nik).toBeUndefined();
    const kept = withNikField(admin, typed, NIK);
    expect(kept.ok && kept.form.input.nik).toBe(NIK);
  });

  it("an edit whose birth date no longer fits the kept NIK is refused beside the birth date", () => {
    const moved: TargetForm = { jenis: "ibu", input: ibu({ tanggalLahir: "1995-03-13" }) };
    const r = withNikField(admin, moved, NIK);
    expect(r).toEqual({ ok: false, refusal: { reason: "nik_kept_mismatch" } });
    expect(refusalField({ reason: "nik_kept_mismatch" })).toEqual({
      field: "tanggalLahir",
      message: t.nikKeptMismatch,
    });
  });
});

describe("refusals beside their field", () => {
  it.each([
    ["posyandu_inactive", "posyanduId", t.posyanduInactive],
    ["household_not_found", "rumahTanggaId", t.householdNotFound],
    ["ibu_not_found", "ibuId", t.ibuNotFound],
    ["born_before_mother", "tanggalLahir", t.bornBeforeMother],
    ["kia_taken", "noKia", t.kiaTaken],
  ] as const)("%s → %s", (reason, field, message) => {
    expect(refusalField({ reason })).toEqual({ field, message });
  });

  it("a likely duplicate (name and birth date) links to the existing record", () => {
    expect(refusalField({ reason: "duplicate", existingId: 9 })).toEqual({
      field: "nama",
      message: t.duplicate,
      existingId: 9,
    });
  });
});

describe("optimistic version check", () => {
  it("an edit started from an older version is stale; one without a version is not checked", () => {
    expect(isStaleEdit(3, 2)).toBe(true);
    expect(isStaleEdit(3, 3)).toBe(false);
    expect(isStaleEdit(3, undefined)).toBe(false);
  });
});

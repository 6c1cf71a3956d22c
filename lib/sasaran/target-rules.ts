import type { AnakInput, IbuHamilInput } from "./schemas";
import { regionTitle } from "@/lib/regions";
import { sasaranText } from "@/lib/i18n/sasaran";

const t = sasaranText.actions;

/** A target form with its kind, so registering and editing a mother or a child share one path. */
export type TargetForm = { jenis: "ibu"; input: IbuHamilInput } | { jenis: "anak"; input: AnakInput };

/** Why a registration or an edit is refused by a rule that needs the database to know the facts. */
export type TargetRefusal =
  | { reason: "posyandu_inactive" | "household_not_found" | "ibu_not_found" | "born_before_mother" | "kia_taken" }
  | { reason: "nik_here" | "duplicate"; existingId: number }
  | { reason: "nik_elsewhere"; region: Parameters<typeof regionTitle>[0] };

function commonFields(input: IbuHamilInput | AnakInput) {
  return {
    kodeWilayah: input.kode,
    nama: input.nama,
    nik: input.nik ?? null,
    tanggalLahir: input.tanggalLahir,
    noKia: input.noKia ?? null,
    posyanduId: input.posyanduId,
  };
}

const ibuFields = (input: IbuHamilInput) => ({ ...commonFields(input), hpl: input.hpl ?? null });

const anakFields = (input: AnakInput) => ({
  ...commonFields(input),
  jenisKelamin: input.jenisKelamin,
  ibuId: input.ibuId ?? null,
  beratLahirKg: input.beratLahirKg ?? null,
  panjangLahirCm: input.panjangLahirCm ?? null,
});

/** The columns an edit writes. The kind never changes, and a mother's sex is fixed at registration. */
export function targetFields(form: TargetForm) {
  return form.jenis === "ibu" ? ibuFields(form.input) : anakFields(form.input);
}

/** The columns a registration writes: an edit's, plus the kind (a pregnant woman is female). */
export function registrationFields(form: TargetForm) {
  return form.jenis === "ibu"
    ? { ...ibuFields(form.input), jenis: "ibu" as const, jenisKelamin: "P" as const }
    : { ...anakFields(form.input), jenis: "anak" as const };
}

/** The chosen household wins; otherwise typing a head of household creates one from the inline fields. */
export function householdChoice(input: IbuHamilInput | AnakInput) {
  if (input.rumahTanggaId) return { kind: "existing", id: input.rumahTanggaId } as const;
  const { kode, kepalaKeluarga, alamat, dusun, rt, rw, airMinumLayak, jambanLayak } = input;
  if (!kepalaKeluarga) return { kind: "none" } as const;
  return {
    kind: "new",
    values: { kodeWilayah: kode, kepalaKeluarga, alamat, dusun, rt, rw, airMinumLayak, jambanLayak },
  } as const;
}

/** The mother named on a child's form must be a mother of this desa (null when the lookup found none) born
 * before the child. */
export function motherRefusal(childBirth: string, mother: { tanggalLahir: string } | null): TargetRefusal | null {
  if (!mother) return { reason: "ibu_not_found" };
  if (childBirth <= mother.tanggalLahir) return { reason: "born_before_mother" };
  return null;
}

/** An active target already holding the NIK: here it is a duplicate to open, elsewhere only its desa is named. */
export function nikRefusal(
  kode: string,
  owner: { id: number; kodeWilayah: string; desa: string; jenis: Parameters<typeof regionTitle>[0]["jenis"] } | null,
): TargetRefusal | null {
  if (!owner) return null;
  if (owner.kodeWilayah === kode) return { reason: "nik_here", existingId: owner.id };
  return { reason: "nik_elsewhere", region: { nama: owner.desa, jenis: owner.jenis } };
}

/** An edit names the version it started from; a form without one (an old page) is not checked. */
export function isStaleEdit(current: number, submitted: number | undefined): boolean {
  return Boolean(submitted) && current !== submitted;
}

/** Where the form shows a refusal, and whether it links to the existing record. */
export function refusalField(r: TargetRefusal): { field: string; message: string; existingId?: number } {
  switch (r.reason) {
    case "posyandu_inactive":
      return { field: "posyanduId", message: t.posyanduInactive };
    case "household_not_found":
      return { field: "rumahTanggaId", message: t.householdNotFound };
    case "ibu_not_found":
      return { field: "ibuId", message: t.ibuNotFound };
    case "born_before_mother":
      return { field: "tanggalLahir", message: t.bornBeforeMother };
    case "kia_taken":
      return { field: "noKia", message: t.kiaTaken };
    case "nik_here":
      return { field: "nik", message: t.nikHere, existingId: r.existingId };
    case "duplicate":
      return { field: "nama", message: t.duplicate, existingId: r.existingId };
    case "nik_elsewhere":
      return { field: "nik", message: t.nikElsewhere(regionTitle(r.region)) };
  }
}

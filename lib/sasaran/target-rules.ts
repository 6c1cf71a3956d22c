import type { AnakInput, IbuHamilInput } from "./schemas";
import { validateNik } from "@/lib/people/nik";
import { seesFullNik } from "@/lib/people/nik-visibility";
import type { Viewer } from "@/lib/auth/viewer";
import { sasaranText } from "@/lib/i18n/sasaran";

const t = sasaranText.actions;

/** A target form with its kind, so registering and editing a mother or a child share one path. */
export type TargetForm = { jenis: "ibu"; input: IbuHamilInput } | { jenis: "anak"; input: AnakInput };

/** Why a registration or an edit is refused by a rule that needs the database to know the facts. */
export type TargetRefusal =
  | {
      reason:
        | "posyandu_inactive"
        | "household_not_found"
        | "ibu_not_found"
        | "born_before_mother"
        | "kia_taken"
        | "nik_elsewhere"
        | "nik_kept_mismatch";
    }
  | { reason: "nik_here" | "duplicate"; existingId: number };

type NikViewer = Pick<Viewer, "role" | "scopeKode">;

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

/**
 * The NIK a save writes. The field belongs to those who may see this desa's NIKs in full (seesFullNik); for anyone
 * else it is read-only: whatever they send is ignored — a registration gets no NIK, an edit keeps the stored
 * one, which must still fit the birth date and sex they save.
 */
export function withNikField(
  viewer: NikViewer,
  form: TargetForm,
  stored: string | null,
): { ok: true; form: TargetForm } | { ok: false; refusal: TargetRefusal } {
  if (seesFullNik(viewer, form.input.kode)) return { ok: true, form };
  const kept = { ...form, input: { ...form.input, nik: stored ?? undefined } } as TargetForm;
  if (!stored) return { ok: true, form: kept };
  const sex = form.jenis === "ibu" ? "P" : form.input.jenisKelamin;
  return validateNik(stored, { birthDate: form.input.tanggalLahir, sex }).ok
    ? { ok: true, form: kept }
    : { ok: false, refusal: { reason: "nik_kept_mismatch" } };
}

/**
 * An active target already holding the NIK. Asked only when the NIK was typed by a viewer who may see this
 * desa's NIKs (withNikField), and only after every other check passed, so the answer is never free: a duplicate
 * in their own desa is a record they can open; anywhere else the answer is only "another desa" — never which,
 * never who (the write records the refused attempt, NIK masked).
 */
export function nikRefusal(
  viewer: NikViewer,
  kode: string,
  owner: { id: number; kodeWilayah: string } | null,
): TargetRefusal | null {
  if (!owner) return null;
  if (owner.kodeWilayah === kode && seesFullNik(viewer, kode)) return { reason: "nik_here", existingId: owner.id };
  return { reason: "nik_elsewhere" };
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
      return { field: "nik", message: t.nikElsewhere };
    case "nik_kept_mismatch":
      return { field: "tanggalLahir", message: t.nikKeptMismatch };
  }
}

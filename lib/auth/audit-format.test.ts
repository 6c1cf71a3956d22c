import { describe, expect, it } from "vitest";
import { actionLabel, changedFields } from "./audit-format";

describe("audit display", () => {
  it("lists only the fields that changed, without bookkeeping columns", () => {
    expect(changedFields({ nama: "Rina", version: 1, rt: "01" }, { nama: "Rina W.", version: 2, rt: "01" })).toEqual([
      { field: "nama", before: "Rina", after: "Rina W." },
    ]);
  });
  it("a create shows every field it set", () => {
    expect(changedFields(null, { nama: "Posyandu Mawar", alamat: null })).toEqual([
      { field: "nama", before: "–", after: "Posyandu Mawar" },
    ]);
  });
  it("never shows a password hash even if one slipped into a snapshot", () => {
    expect(changedFields({}, { passwordHash: "$argon2id$..." })).toEqual([]);
  });
  it("a change that the reader's masking hides is still listed, with the masked values", () => {
    const before = { nik: "1905015203950007" };
    const after = { nik: "1905015203950008" };
    const masked = { nik: "190501••••••••••" };
    expect(changedFields(before, after, { before: masked, after: masked })).toEqual([
      { field: "nik", before: "190501••••••••••", after: "190501••••••••••" },
    ]);
  });
  it("labels actions in Bahasa Indonesia and keeps unknown ones as they are", () => {
    expect(actionLabel("login_gagal")).toBe("Gagal masuk");
    expect(actionLabel("impor")).toBe("impor");
  });
});

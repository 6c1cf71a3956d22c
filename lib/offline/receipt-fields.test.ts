import { describe, expect, it } from "vitest";
import { receiptFieldsSchema, splitReceipt } from "./receipt-fields";

describe("the receipt fields of a posted form", () => {
  it("empty inputs (a form posted without JavaScript) are no receipt, not an error", () => {
    const parsed = receiptFieldsSchema.parse({ _clientId: "", _typedAt: "" });
    expect(splitReceipt(parsed, "anak_bulan").receipt).toBeUndefined();
    expect(receiptFieldsSchema.safeParse({}).success).toBe(true);
  });

  it("both filled make a receipt; one without the other, or a malformed id, is refused", () => {
    const ok = receiptFieldsSchema.parse({
      _clientId: "0b7c1d9e-2f4a-4c6b-9e1d-3a5f7b9c1d2e",
      _typedAt: "2026-12-03T01:02:03.000Z",
    });
    expect(splitReceipt(ok, "ibu_bulan").receipt).toMatchObject({ kind: "ibu_bulan" });
    expect(receiptFieldsSchema.safeParse({ _clientId: "0b7c1d9e-2f4a-4c6b-9e1d-3a5f7b9c1d2e" }).success).toBe(false);
    expect(receiptFieldsSchema.safeParse({ _clientId: "x", _typedAt: "2026-12-03T01:02:03.000Z" }).success).toBe(false);
  });
});

"use server";

import { revalidatePath } from "next/cache";
import { fieldError, guardedAction, type FormState } from "@/lib/auth/guard";
import { AppError, messageFor } from "@/lib/errors";
import { canWriteApbdes } from "@/lib/apbdes/access";
import {
  checkImportRows,
  parsePayload,
  summarizeCheck,
  type ImportPayload,
  type ImportState,
} from "@/lib/apbdes/import-check";
import { readImportFile } from "@/lib/apbdes/import-file";
import { importSchema } from "@/lib/apbdes/schemas";
import { loadLineRef } from "@/db/queries/apbdes-reference";
import { getApbdesHeader, listApbdesLines } from "@/db/queries/apbdes";
import { markDuplicates } from "@/lib/apbdes/duplicates";
import { importApbdesLines } from "@/db/writes/apbdes";
import type { Region } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.importActions;
const LOCKED = t.locked;

async function assertDraftWriter(viewer: Viewer, region: Region, apbdesId: number) {
  if (!canWriteApbdes(viewer, region.kode)) throw new AppError("forbidden");
  const header = await getApbdesHeader({ viewer, kode: region.kode, id: apbdesId });
  if (!header) throw new AppError("not_found");
  if (header.status !== "draft") throw new AppError("locked", LOCKED);
}

async function tableFrom(
  file: FormDataEntryValue | null,
  values: Record<string, string>,
): Promise<ImportPayload | FormState> {
  if (!(file instanceof File) || !file.size) return fieldError(values, "berkas", t.noFile);
  const table = await readImportFile({
    name: file.name,
    size: file.size,
    bytes: async () => new Uint8Array(await file.arrayBuffer()),
  });
  if (!table.ok) return fieldError(values, "berkas", table.message);
  return { headers: table.headers, records: table.records, rowNumbers: table.rowNumbers };
}

function dryRun(
  table: ImportPayload,
  fileName: string,
  ref: Awaited<ReturnType<typeof loadLineRef>>,
  values: Record<string, string>,
  existing: Parameters<typeof markDuplicates>[1] = [],
): ImportState {
  const check = checkImportRows(table.records, table.headers, ref, table.rowNumbers);
  const bad = check.rows.filter((r) => r.errors.length).length;
  const preview = summarizeCheck(check, fileName, table, markDuplicates(check.lines, existing));
  const message = check.missing.length
    ? t.missingColumns(check.missing.join(", "))
    : check.valid
      ? t.dryRunOk(check.rows.length) + (preview.duplicate ? t.dryRunDuplicates(preview.duplicate) : "")
      : t.dryRunBad(bad, check.rows.length);
  return { status: check.valid ? "ok" : "error", message, values, preview };
}

/** Dry run: reads the uploaded file and checks every row; nothing is written. */
export async function previewImportAction(prev: ImportState, formData: FormData): Promise<ImportState> {
  const file = formData.get("berkas");
  const run = guardedAction(
    {
      capability: "apbdes:write",
      section: "apbdes",
      wrongLevel: messageFor("forbidden"),
      schema: importSchema,
      regionOf: (i) => i.kode,
    },
    async ({ viewer, input, region, values }) => {
      await assertDraftWriter(viewer, region, input.apbdesId);
      const table = await tableFrom(file, values);
      if (!("records" in table)) return table;
      // With "Ganti semua", the draft's lines go: nothing can be a duplicate of them.
      const existing = input.ganti
        ? []
        : await listApbdesLines({ viewer, kode: region.kode, apbdesId: input.apbdesId });
      return dryRun(table, file instanceof File ? file.name : "", await loadLineRef(), values, existing);
    },
  );
  return run(prev, formData);
}

/** Apply: the table from the dry run (or a file) is checked again; one bad row and nothing is written. */
export async function applyImportAction(prev: ImportState, formData: FormData): Promise<ImportState> {
  const file = formData.get("berkas");
  const run = guardedAction(
    {
      capability: "apbdes:write",
      section: "apbdes",
      wrongLevel: messageFor("forbidden"),
      schema: importSchema,
      regionOf: (i) => i.kode,
    },
    async ({ viewer, input, region, values }) => {
      await assertDraftWriter(viewer, region, input.apbdesId);
      const fromPayload = parsePayload(input.payload);
      const table = fromPayload ?? (await tableFrom(file, values));
      if (!("records" in table)) return table;
      const ref = await loadLineRef();
      const check = checkImportRows(table.records, table.headers, ref, table.rowNumbers);
      // The payload can be large; the form does not need it echoed.
      const echo = { ...values };
      delete echo.payload;
      if (!check.valid) return { ...dryRun(table, file instanceof File ? file.name : "", ref, echo), status: "error" };
      const r = await importApbdesLines({
        viewer,
        kode: region.kode,
        apbdesId: input.apbdesId,
        lines: check.lines,
        replace: input.ganti,
        keepDuplicates: input.tetapImpor,
      });
      if (!r.ok) return { status: "error", message: LOCKED, values: echo };
      revalidatePath(`/wilayah/${region.kode}/apbdes`);
      const message = t.imported(r.count, input.ganti) + (r.skipped ? t.skipped(r.skipped) : "");
      const state: ImportState = { status: "ok", message, applied: r.count, skipped: r.skipped };
      return state;
    },
  );
  return run(prev, formData);
}

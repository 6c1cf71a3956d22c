"use client";

import { useActionState, useState } from "react";
import type { ImportState } from "@/lib/apbdes/import-check";
import { MAX_IMPORT_BYTES } from "@/lib/apbdes/import-columns";
import { CheckboxField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { applyImportAction, previewImportAction } from "../import-actions";
import { PreviewTable } from "./preview-table";
import { PreviewDuplicates } from "./preview-duplicates";
import { apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.importForm;

/** Upload → dry run (every row OK or with its errors) → apply, which re-checks and writes all rows or none. */
export function ImportForm({ kode, apbdesId }: { kode: string; apbdesId: number }) {
  const [preview, previewAction] = useActionState<ImportState, FormData>(previewImportAction, { status: "idle" });
  const [applied, applyAction] = useActionState<ImportState, FormData>(applyImportAction, { status: "idle" });
  const [tooBig, setTooBig] = useState<string | null>(null);
  const fileError = tooBig ?? preview.errors?.berkas?.[0];
  const p = applied.preview ?? preview.preview;
  const ganti = preview.values?.ganti === "on";
  const ready = preview.preview?.valid ? preview.preview : undefined;
  // Lines already in the draft are skipped on apply unless ticked; with "Ganti semua" there are none.
  const dup = ready && !ganti ? ready.duplicate : 0;
  return (
    <div className="space-y-4">
      {/* A body over Next's 1 MB limit would fail before the action runs: stop it here with the message instead. */}
      <form
        action={previewAction}
        onSubmit={(ev) => tooBig && ev.preventDefault()}
        className="space-y-3"
        noValidate
        data-testid="form-impor"
      >
        <input type="hidden" name="kode" value={kode} />
        <input type="hidden" name="apbdesId" value={apbdesId} />
        <div>
          <label htmlFor="f-berkas" className="block text-sm font-medium">
            {t.fileLabel}
          </label>
          <input
            id="f-berkas"
            name="berkas"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={fileError ? true : undefined}
            aria-describedby="f-berkas-error"
            className="mt-1 block min-h-11 w-full text-sm"
            onChange={(ev) => setTooBig((ev.target.files?.[0]?.size ?? 0) > MAX_IMPORT_BYTES ? t.tooBig : null)}
          />
          <p
            id="f-berkas-error"
            data-testid="error-berkas"
            aria-live="polite"
            className="mt-1 text-sm font-medium text-danger-700"
          >
            {fileError ?? ""}
          </p>
        </div>
        <CheckboxField name="ganti" label={t.replace} defaultChecked={ganti} />
        {!preview.errors?.berkas ? <FormMessage state={preview} /> : null}
        <SubmitButton pendingText={t.checking} className="w-full sm:w-auto">
          {t.dryRun}
        </SubmitButton>
      </form>
      {p ? <PreviewTable preview={p} /> : null}
      {p?.duplicate && !ganti ? <PreviewDuplicates preview={p} /> : null}
      <form action={applyAction} className="space-y-2" data-testid="form-terapkan">
        <input type="hidden" name="kode" value={kode} />
        <input type="hidden" name="apbdesId" value={apbdesId} />
        {ganti ? <input type="hidden" name="ganti" value="on" /> : null}
        <input type="hidden" name="payload" value={ready ? ready.payload : ""} />
        <FormMessage state={applied} />
        {ready && applied.status !== "ok" ? (
          <>
            {dup ? (
              <>
                <CheckboxField name="tetapImpor" label={t.keepDuplicates} />
                <p className="text-sm text-slate-700">{t.keepDuplicatesHint(ready.total - dup, dup)}</p>
              </>
            ) : null}
            <SubmitButton pendingText={t.importing} className="w-full sm:w-auto">
              {dup ? t.applyWithDuplicates : t.apply(ready.total)}
            </SubmitButton>
          </>
        ) : null}
      </form>
    </div>
  );
}

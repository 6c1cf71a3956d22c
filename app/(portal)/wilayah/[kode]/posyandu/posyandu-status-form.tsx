"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { setPosyanduStatusAction } from "./actions";
import { posyanduText } from "@/lib/i18n/posyandu";

const t = posyanduText.status;

/** Deactivation asks for a second, explicit submit (works without JS); reactivation is harmless and immediate. */
export function PosyanduStatusForm({
  kode,
  id,
  nama,
  aktif,
}: {
  kode: string;
  id: number;
  nama: string;
  aktif: boolean;
}) {
  const [state, action] = useActionState<FormState, FormData>(setPosyanduStatusAction, initialFormState);
  const fields = (
    <>
      <input type="hidden" name="kode" value={kode} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="aktif" value={aktif ? "0" : "1"} />
    </>
  );
  return (
    <div className="space-y-2">
      {aktif ? (
        <details className="open:w-full">
          <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-danger-700 hover:bg-slate-50">
            {t.deactivate}
          </summary>
          <form
            action={action}
            className="mt-2 space-y-2 rounded-md border border-danger-700 bg-danger-50 p-3"
            aria-label={t.deactivateLabel(nama)}
          >
            {fields}
            <p className="text-sm">{t.deactivateWarning(nama)}</p>
            <SubmitButton variant="danger" pendingText={t.pending}>
              {t.confirmDeactivate}
            </SubmitButton>
          </form>
        </details>
      ) : (
        <form action={action} aria-label={t.activateLabel(nama)}>
          {fields}
          <SubmitButton variant="secondary" pendingText={t.pending}>
            {t.activate}
          </SubmitButton>
        </form>
      )}
      <FormMessage state={state} />
    </div>
  );
}

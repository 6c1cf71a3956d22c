"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { deletePelatihanAction } from "./actions";

/** Delete needs a second, explicit submit inside the <details>, which works without JS. */
export function PelatihanDeleteForm({ kode, id, label }: { kode: string; id: number; label: string }) {
  const [state, action] = useActionState<FormState, FormData>(deletePelatihanAction, initialFormState);
  return (
    <details className="open:w-full" open={state.status === "error"}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-danger-700 hover:bg-slate-50">
        Hapus
      </summary>
      <form action={action} className="mt-2 space-y-2 rounded-md border border-danger-700 bg-danger-50 p-3" aria-label={`Hapus ${label}`}>
        <input type="hidden" name="kode" value={kode} />
        <input type="hidden" name="id" value={id} />
        <p className="text-sm">Hapus {label} beserta daftar hadirnya? Tindakan ini tidak dapat dibatalkan.</p>
        <FormMessage state={state} />
        <SubmitButton variant="danger" pendingText="Menghapus…">
          Ya, hapus
        </SubmitButton>
      </form>
    </details>
  );
}

"use client";

import { DeleteForm } from "@/components/ui/delete-form";
import { deletePelatihanAction } from "./actions";
import { kpmText } from "@/lib/i18n/kpm";

export function PelatihanDeleteForm({ kode, id, label }: { kode: string; id: number; label: string }) {
  return (
    <DeleteForm
      action={deletePelatihanAction}
      kode={kode}
      id={id}
      label={label}
      question={kpmText.list.deleteQuestion(label)}
    />
  );
}

"use client";

import { DeleteForm } from "@/components/ui/delete-form";
import { deleteKegiatanAction } from "./actions";
import { kegiatanText } from "@/lib/i18n/kegiatan";

export function KegiatanDeleteForm({ kode, id, label }: { kode: string; id: number; label: string }) {
  return (
    <DeleteForm
      action={deleteKegiatanAction}
      kode={kode}
      id={id}
      label={label}
      question={kegiatanText.list.deleteQuestion(label)}
    />
  );
}

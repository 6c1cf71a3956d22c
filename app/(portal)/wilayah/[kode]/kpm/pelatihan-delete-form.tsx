"use client";

import { DeleteForm } from "@/components/ui/delete-form";
import { deletePelatihanAction } from "./actions";

export function PelatihanDeleteForm({ kode, id, label }: { kode: string; id: number; label: string }) {
  return <DeleteForm action={deletePelatihanAction} kode={kode} id={id} label={label} question={`Hapus ${label} beserta daftar hadirnya? Tindakan ini tidak dapat dibatalkan.`} />;
}

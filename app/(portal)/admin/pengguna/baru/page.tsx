import type { Metadata } from "next";
import { requireCapability, requireViewer } from "@/lib/auth/guard";
import { Card } from "@/components/ui/card";
import { AdminHeader } from "../../admin-tabs";
import { createUserAction } from "../actions";
import { scopeOptions } from "../scope-options";
import { CreateUserForm } from "./create-user-form";

export const metadata: Metadata = { title: "Tambah pengguna" };

export default async function NewUserPage() {
  const viewer = await requireViewer();
  requireCapability(viewer, "users:manage");
  const options = await scopeOptions(viewer);
  return (
    <div className="space-y-4">
      <AdminHeader role={viewer.role} active="/admin/pengguna" title="Tambah pengguna" />
      <Card>
        <p className="mb-4 text-sm text-slate-600">Akun baru mendapat kata sandi sementara yang ditampilkan sekali; pemiliknya wajib menggantinya saat pertama masuk.</p>
        <CreateUserForm action={createUserAction} options={options} />
      </Card>
    </div>
  );
}

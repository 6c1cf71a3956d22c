import type { Metadata } from "next";
import { requireCapability, requireViewer } from "@/lib/auth/guard";
import { Card } from "@/components/ui/card";
import { AdminHeader } from "../../admin-tabs";
import { createUserAction } from "../actions";
import { scopeOptions } from "../scope-options";
import { CreateUserForm } from "./create-user-form";
import { adminText } from "@/lib/i18n/admin";

const t = adminText.create;

export const metadata: Metadata = { title: t.title };

export default async function NewUserPage() {
  const viewer = await requireViewer();
  requireCapability(viewer, "users:manage");
  const options = await scopeOptions(viewer);
  return (
    <div className="space-y-4">
      <AdminHeader role={viewer.role} active="/admin/pengguna" title={t.title} />
      <Card>
        <p className="mb-4 text-sm text-slate-600">{t.intro}</p>
        <CreateUserForm action={createUserAction} options={options} />
      </Card>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireCapability, requireViewer } from "@/lib/auth/guard";
import { pathId } from "@/lib/route-params";
import { getUserInScope } from "@/db/queries/users";
import { ROLE_LABELS } from "@/lib/i18n/auth";
import { regionTitle } from "@/lib/regions";
import { formatDateTime } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { AdminHeader } from "../../admin-tabs";
import { resetPasswordAction, setUserActiveAction, updateUserAction } from "../actions";
import { scopeOptions } from "../scope-options";
import { ProfileForm, ResetPasswordForm, StatusForm } from "./account-forms";
import { adminText } from "@/lib/i18n/admin";

const t = adminText.user;
const b = adminText.badge;

export const metadata: Metadata = { title: t.title };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  requireCapability(viewer, "users:manage");
  const user = await getUserInScope({ viewer, id: pathId((await params).id) });
  if (!user) notFound();
  const options = await scopeOptions(viewer);
  const self = user.id === viewer.id;
  return (
    <div className="space-y-4">
      <AdminHeader role={viewer.role} active="/admin/pengguna" title={user.username} />
      <Card title={t.account}>
        <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-xs text-slate-600">{t.name}</dt>
            <dd className="font-medium">{user.displayName}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">{t.roleScope}</dt>
            <dd className="font-medium">
              {ROLE_LABELS[user.role]} · {regionTitle({ nama: user.wilayahNama, jenis: user.wilayahJenis })} (
              {user.scopeKode})
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">{t.status}</dt>
            <dd className="flex gap-1">
              {user.active ? <Badge tone="good">{b.active}</Badge> : <Badge tone="bad">{b.inactive}</Badge>}
              {user.mustChangePassword ? <Badge tone="warn">{b.temporaryPassword}</Badge> : null}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">{t.createdUpdated}</dt>
            <dd>
              {formatDateTime(user.createdAt)} · {formatDateTime(user.updatedAt)}
            </dd>
          </div>
        </dl>
        <p className="mt-3 text-sm">
          <Link className="underline" href={`/admin/audit?entity=pengguna&entityId=${user.id}`}>
            {t.history}
          </Link>
        </p>
      </Card>
      <Card title={t.profile}>
        {self ? <p className="mb-3 text-sm text-slate-600">{t.ownProfile}</p> : null}
        <ProfileForm
          action={updateUserAction}
          options={options}
          defaults={{ id: String(user.id), displayName: user.displayName, role: user.role, scopeKode: user.scopeKode }}
        />
      </Card>
      {self ? null : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Card title={t.password}>
            <p className="mb-3 text-sm text-slate-600">{t.passwordIntro}</p>
            <ResetPasswordForm action={resetPasswordAction} id={user.id} />
          </Card>
          <Card title={t.accountStatus}>
            <p className="mb-3 text-sm text-slate-600">{t.statusIntro}</p>
            <StatusForm action={setUserActiveAction} id={user.id} active={user.active} />
          </Card>
        </div>
      )}
    </div>
  );
}

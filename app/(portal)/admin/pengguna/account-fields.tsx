"use client";

import { useState } from "react";
import { Field, SelectField } from "@/components/ui/field";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/i18n/auth";
import type { RegionLevel } from "@/lib/enums";
import { allowedScopeLevels } from "@/lib/auth/account-rules";
import { adminText } from "@/lib/i18n/admin";

const t = adminText.fields;

export type ScopeOption = { value: string; label: string; jenis: RegionLevel };

/** Name, role and region scope. The region list follows the chosen role (a desa for desa roles, a kecamatan for
 * kecamatan, the kabupaten for kabupaten/admin); the server checks the same rule. */
export function AccountFields({
  options,
  v,
  e,
}: {
  options: ScopeOption[];
  v: Record<string, string>;
  e: Record<string, string[] | undefined>;
}) {
  const [role, setRole] = useState<Role | "">(
    (ROLES as readonly string[]).includes(v.role ?? "") ? (v.role as Role) : "",
  );
  const levels = role ? allowedScopeLevels(role) : [];
  const allowed = options.filter((o) => levels.includes(o.jenis));
  return (
    <>
      <Field
        name="displayName"
        label={t.displayName}
        required
        maxLength={100}
        defaultValue={v.displayName ?? ""}
        error={e.displayName}
      />
      <SelectField
        name="role"
        label={t.role}
        required
        value={role}
        onChange={(ev) => setRole(ev.target.value as Role)}
        placeholder={t.rolePlaceholder}
        options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        error={e.role}
      />
      <SelectField
        key={role}
        name="scopeKode"
        label={t.scope}
        required
        defaultValue={allowed.some((o) => o.value === v.scopeKode) ? v.scopeKode : ""}
        placeholder={role ? t.scopePlaceholder : t.scopeNeedsRole}
        options={allowed}
        hint={role ? t.scopeHint(ROLE_LABELS[role], levels.join("/")) : undefined}
        error={e.scopeKode}
      />
    </>
  );
}

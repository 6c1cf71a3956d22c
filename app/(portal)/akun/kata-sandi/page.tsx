import type { Metadata } from "next";
import { z } from "zod";
import { parseQuery, queryParam } from "@/lib/route-params";
import { requireViewerForPasswordChange } from "@/lib/auth/guard";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { PasswordForm } from "./password-form";
import { changeOwnPassword } from "./actions";
import { authText } from "@/lib/i18n/auth";

const t = authText.changePassword;

export const metadata: Metadata = { title: t.title };

/** `?diganti=1`: the password was just changed. */
const query = z.object({ diganti: queryParam.oneOf(["1"]) });

export default async function PasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { viewer, mustChangePassword } = await requireViewerForPasswordChange();
  const { diganti } = parseQuery(query, await searchParams);
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <h1 className="text-2xl font-bold">{t.heading}</h1>
      {diganti && !mustChangePassword ? (
        <div className="space-y-3">
          <p
            data-testid="password-changed"
            className="rounded-md border border-brand-600 bg-brand-50 px-3 py-2 text-sm font-medium text-brand-800"
          >
            {t.changed}
          </p>
          <LinkButton href={`/wilayah/${viewer.scopeKode}`}>{t.home}</LinkButton>
        </div>
      ) : (
        <Card>
          {mustChangePassword ? (
            <p
              data-testid="password-required"
              className="mb-4 rounded-md border border-amber-500 bg-warn-50 px-3 py-2 text-sm font-medium text-warn-800"
            >
              {t.required}
            </p>
          ) : null}
          <PasswordForm action={changeOwnPassword} />
        </Card>
      )}
    </div>
  );
}

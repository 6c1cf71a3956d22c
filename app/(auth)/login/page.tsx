import type { Metadata } from "next";
import { z } from "zod";
import { parseQuery } from "@/lib/route-params";
import { redirect } from "next/navigation";
import { LoginForm } from "./login-form";
import { mustChangePassword, PASSWORD_PAGE } from "@/lib/auth/guard";
import { safeCallbackPath } from "@/lib/auth/callback";
import { authText } from "@/lib/i18n/auth";

const t = authText.login;

export const metadata: Metadata = { title: t.title };

/** Where to go after signing in; safeCallbackPath keeps it on this site. */
const query = z.object({ callbackUrl: z.string().max(2_000).optional().catch(undefined) });

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { callbackUrl } = parseQuery(query, await searchParams);
  const target = safeCallbackPath(callbackUrl);
  const pending = await mustChangePassword();
  if (pending) redirect(PASSWORD_PAGE);
  if (pending === false) redirect(target);
  return (
    <main id="konten" className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-10">
      <div className="mb-6">
        <p className="text-2xl font-bold text-brand-700">{t.brand}</p>
        <h1 className="mt-1 text-xl font-semibold">{t.heading}</h1>
        <p className="mt-1 text-sm text-slate-600">{t.tagline}</p>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <LoginForm callbackUrl={target} />
      </div>
    </main>
  );
}

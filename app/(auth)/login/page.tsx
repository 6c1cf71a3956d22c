import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "./login-form";
import { mustChangePassword, PASSWORD_PAGE } from "@/lib/auth/guard";
import { safeCallbackPath } from "@/lib/auth/callback";
import { authText } from "@/lib/i18n/auth";

const t = authText.login;

export const metadata: Metadata = { title: t.title };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
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

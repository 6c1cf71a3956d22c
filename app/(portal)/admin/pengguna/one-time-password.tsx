import { adminText } from "@/lib/i18n/admin";

const t = adminText.oneTimePassword;

/** A temporary password, shown once: it is not stored in clear and cannot be shown again. */
export function OneTimePassword({ username, password }: { username: string; password: string }) {
  return (
    <div
      data-testid="one-time-password"
      className="space-y-1 rounded-md border border-amber-500 bg-warn-50 px-3 py-3 text-sm text-warn-800"
    >
      <p className="font-semibold">{t.heading(username)}</p>
      <p>
        <code
          data-testid="temporary-password"
          className="rounded bg-white px-2 py-1 font-mono text-base text-slate-900 select-all"
        >
          {password}
        </code>
      </p>
      <p>{t.note}</p>
    </div>
  );
}

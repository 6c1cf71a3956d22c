"use client";

import { useRef, useState, type FormEvent } from "react";
import { buttonClass } from "@/components/ui/button";
import { offlineText } from "@/lib/i18n/offline";
import { currentOwner, readOutbox, wipeUser } from "@/lib/offline/store";
import { syncNow } from "@/lib/offline/sync";

const t = offlineText.signOut;

/** Sign-out: a plain POST to /keluar (the whole page reloads; it works without JavaScript). With JavaScript, the
 * phone's copy of the desa is wiped first, and when items are still waiting the cadre is warned and offered to
 * send them (docs/offline.md). */
export function SignOutForm({ label }: { label: string }) {
  const form = useRef<HTMLFormElement>(null);
  const [waiting, setWaiting] = useState(0);
  const [busy, setBusy] = useState(false);

  const leave = async () => {
    const owner = currentOwner();
    if (owner) await wipeUser(owner.userId).catch(() => undefined);
    form.current?.submit();
  };

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    const owner = currentOwner();
    if (!owner) return;
    e.preventDefault();
    const items = await readOutbox(owner.userId).catch(() => []);
    if (items.length) setWaiting(items.length);
    else await leave();
  };

  const sendFirst = async () => {
    setBusy(true);
    await syncNow().catch(() => null);
    const owner = currentOwner();
    const left = owner ? (await readOutbox(owner.userId)).length : 0;
    setBusy(false);
    if (left) setWaiting(left);
    else await leave();
  };

  return (
    <>
      <form ref={form} action="/keluar" method="post" onSubmit={(e) => void onSubmit(e)}>
        <button type="submit" className={buttonClass("secondary")}>
          {label}
        </button>
      </form>
      {waiting > 0 ? (
        <div
          role="alertdialog"
          aria-modal="true"
          aria-labelledby="keluar-judul"
          data-testid="sign-out-warning"
          className="fixed inset-0 z-50 flex items-center justify-center bg-black/40 p-4"
        >
          <div className="max-w-sm space-y-3 rounded-lg bg-white p-4 text-left shadow-lg">
            <h2 id="keluar-judul" className="text-lg font-bold">
              {t.warning(waiting)}
            </h2>
            <p className="text-sm">{t.explain}</p>
            <div className="flex flex-col gap-2">
              <button type="button" className={buttonClass("primary")} disabled={busy} onClick={() => void sendFirst()}>
                {t.sendFirst}
              </button>
              <button type="button" className={buttonClass("danger")} disabled={busy} onClick={() => void leave()}>
                {t.signOutAnyway}
              </button>
              <button type="button" className={buttonClass("secondary")} onClick={() => setWaiting(0)}>
                {t.cancel}
              </button>
            </div>
          </div>
        </div>
      ) : null}
    </>
  );
}

"use client";

import { offlineText } from "@/lib/i18n/offline";
import { formatDateTime } from "@/lib/format";
import type { OutboxItem } from "@/lib/offline/outbox";
import { deleteItem, type Owner } from "@/lib/offline/store";
import { buttonClass } from "@/components/ui/button";
import { ShellLink } from "./shell-nav";

const t = offlineText.antrean;

/** Where a refused or conflicting item is corrected: its own form, holding what was typed and the server's words. */
function fixHref(item: OutboxItem): string {
  const sep = item.href.includes("?") ? "&" : "?";
  if (item.kind === "ibu_hamil_baru" || item.kind === "bayi_baru")
    return `${item.href}/baru${sep}item=${item.clientId}`;
  return `${item.href}${sep}item=${item.clientId}`;
}

/** Everything typed on this phone that the server does not have yet, oldest first. */
export function AntreanView({ outbox, owner }: { outbox: OutboxItem[]; owner: Owner }) {
  const items = [...outbox].sort((a, b) => a.typedAt.localeCompare(b.typedAt));
  const remove = async (item: OutboxItem) => {
    if (window.confirm(t.removeConfirm)) await deleteItem(owner.userId, item.clientId);
  };
  return (
    <div className="space-y-3" data-testid="offline-antrean">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      {items.length === 0 ? <p>{t.empty}</p> : null}
      <ul className="space-y-2">
        {items.map((item) => (
          <li
            key={item.clientId}
            className="space-y-1 rounded-lg border border-slate-200 bg-white p-3"
            data-state={item.state}
          >
            <p className="font-medium">{item.label}</p>
            <p className="text-xs text-slate-600">
              {t.state[item.state]} · {t.typedAt(formatDateTime(item.typedAt))}
            </p>
            {item.message ? <p className="text-sm text-danger-700">{item.message}</p> : null}
            <div className="flex flex-wrap gap-2">
              {item.state === "refused" || item.state === "conflict" ? (
                <ShellLink href={fixHref(item)} className={buttonClass("primary")}>
                  {t.fix}
                </ShellLink>
              ) : null}
              <button type="button" className={buttonClass("secondary")} onClick={() => void remove(item)}>
                {t.remove}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

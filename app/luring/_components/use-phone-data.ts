"use client";

import { useEffect, useState } from "react";
import { currentOwner, onChange, readDesa, readOutbox, type Owner } from "@/lib/offline/store";
import { expired, type LocalDesa } from "@/lib/offline/local-data";
import type { OutboxItem } from "@/lib/offline/outbox";

export type PhoneData =
  | { status: "loading" }
  | { status: "empty" }
  | { status: "ready"; owner: Owner; desa: LocalDesa; outbox: OutboxItem[] };

/** The desa and the outbox on this phone, re-read whenever any tab changes them. */
export function usePhoneData(): PhoneData {
  const [data, setData] = useState<PhoneData>({ status: "loading" });
  useEffect(() => {
    let live = true;
    const load = async () => {
      const owner = currentOwner();
      const desa = owner ? await readDesa(owner.userId).catch(() => null) : null;
      if (!live) return;
      if (!owner || !desa || desa.owner.id !== owner.userId || expired(desa, Date.now()))
        return setData({ status: "empty" });
      const outbox = await readOutbox(owner.userId);
      if (live) setData({ status: "ready", owner, desa, outbox });
    };
    void load();
    // Re-read a moment after a change, once for a burst of them: a save's own answer is drawn first (docs/offline.md,
    // the save budget), and a sync that writes fifty items re-renders once, not fifty times.
    let timer = 0;
    const off = onChange(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void load(), 250);
    });
    return () => {
      live = false;
      window.clearTimeout(timer);
      off();
    };
  }, []);
  return data;
}

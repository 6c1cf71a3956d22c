"use client";

import { useState } from "react";
import { offlineText } from "@/lib/i18n/offline";
import { ANAK_FLAGS, IBU_FLAGS, pemantauanText } from "@/lib/i18n/pemantauan";
import { BALITA_FLAGS, balitaText } from "@/lib/i18n/balita";
import { corrected, type OutboxItem } from "@/lib/offline/outbox";
import { replaceItem, type Owner } from "@/lib/offline/store";
import { buttonClass } from "@/components/ui/button";

const t = offlineText.conflict;
const f = pemantauanText;

const SIDES = ["mine", "server"] as const;

/** Fields that identify the record rather than describe the month, or that the server derives from the others (the
 * age in months from the examination date): never offered as a choice. */
const KEYS = new Set(["kode", "sasaranId", "bulan", "version", "id", "umurBulan"]);

const LABELS: Record<string, string> = {
  ...Object.fromEntries([...BALITA_FLAGS, ...IBU_FLAGS, ...ANAK_FLAGS]),
  ditimbang: balitaText.form.ditimbang,
  statusPaud: balitaText.form.paud,
  tanggalPeriksa: f.form.tanggalPeriksa,
  posyanduId: f.form.posyandu,
  statusKehamilan: f.ibuForm.statusKehamilan,
  usiaKehamilan: f.ibuForm.usiaKehamilan,
  tanggalMelahirkan: f.ibuForm.tanggalMelahirkan,
  lilaCm: f.ibuForm.lila,
  beratKg: f.anakForm.berat,
  panjangCm: f.anakForm.panjang,
  caraUkur: f.anakForm.caraUkur,
  oedema: f.anakForm.oedema,
  statusTikar: f.anakForm.tikar,
  statusGizi: f.anakForm.statusGizi,
  imunisasiCampak: f.anakForm.campak,
  status: f.paudForm.status,
};

/** The fields on which the phone's version and the server's differ. */
export function differingFields(mine: Record<string, string>, server: Record<string, string>): string[] {
  const names = new Set([...Object.keys(mine), ...Object.keys(server)]);
  return [...names].filter((k) => !KEYS.has(k) && !k.startsWith("_") && (mine[k] ?? "") !== (server[k] ?? ""));
}

/** A conflict: both versions side by side, chosen field by field (the phone's by default); the choice goes out as a
 * new item carrying the server's version, so it is saved over exactly what the cadre saw (docs/offline.md). */
export function ConflictChooser({ item, owner, after }: { item: OutboxItem; owner: Owner; after: () => void }) {
  const server = item.server ?? {};
  const fields = differingFields(item.fields, server);
  const [choice, setChoice] = useState<Record<string, "mine" | "server">>({});
  const show = (v: string | undefined) => (v === undefined || v === "" ? t.empty : v === "on" ? "✓" : v);
  const save = async () => {
    const merged: Record<string, string> = { ...item.fields };
    for (const k of fields) {
      if (choice[k] !== "server") continue;
      if (server[k] === undefined) delete merged[k];
      else merged[k] = server[k];
    }
    await replaceItem(owner.userId, item.clientId, corrected(item, merged, crypto.randomUUID(), new Date()));
    after();
  };
  return (
    <section className="space-y-3 rounded-lg border border-danger-700 bg-white p-3" data-testid="conflict">
      <h2 className="text-lg font-bold">{t.title}</h2>
      <p className="text-sm">{t.explain}</p>
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left">
            <th scope="col">{t.field}</th>
            <th scope="col">{t.mine}</th>
            <th scope="col">{t.server}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((k) => (
            <tr key={k} className="border-t border-slate-100" data-field={k}>
              <th scope="row" className="py-1 pr-2 text-left font-normal">
                {LABELS[k] ?? k}
              </th>
              {SIDES.map((side) => (
                <td key={side} className="py-1">
                  <label className="inline-flex min-h-11 items-center gap-2">
                    <input
                      type="radio"
                      name={`pilih-${k}`}
                      value={side}
                      checked={(choice[k] ?? "mine") === side}
                      onChange={() => setChoice((c) => ({ ...c, [k]: side }))}
                    />
                    {show(side === "mine" ? item.fields[k] : server[k])}
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className={buttonClass("primary")} onClick={() => void save()}>
        {t.save}
      </button>
    </section>
  );
}

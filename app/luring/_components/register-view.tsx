"use client";

import { sasaranText } from "@/lib/i18n/sasaran";
import { householdOptionLabel, ibuOptionLabel } from "@/lib/sasaran/option-labels";
import type { LocalDesa } from "@/lib/offline/local-data";
import type { OutboxItem } from "@/lib/offline/outbox";
import type { ShellRoute } from "@/lib/offline/shell-routes";
import type { Owner } from "@/lib/offline/store";
import { SasaranForm } from "@/app/(portal)/wilayah/[kode]/sasaran/sasaran-form";
import { newbornDefaults } from "@/lib/sasaran/birth-defaults";
import { useShellNav } from "./shell-nav";
import { phoneAction } from "./save-on-phone";

const t = sasaranText.create;

/** Registering a pregnant woman (with a new or an existing household) or a newborn from its mother, without a
 * connection: the portal's own form, its NIK format checked on the phone; the duplicate check runs at sync. */
export function RegisterView({
  desa,
  outbox,
  route,
  owner,
}: {
  desa: LocalDesa;
  outbox: OutboxItem[];
  route: Extract<ShellRoute, { view: "sasaran-baru" }>;
  owner: Owner;
}) {
  const { go } = useShellNav();
  const kode = desa.desa.kode;
  const existing = route.item ? outbox.find((i) => i.clientId === route.item) : undefined;
  const jenis = existing ? (existing.kind === "bayi_baru" ? "anak" : "ibu") : route.jenis;
  const ibuRows = Object.values(desa.sasaran)
    .filter((s) => s.jenis === "ibu")
    .sort((a, b) => a.nama.localeCompare(b.nama, "id"));
  const mother = jenis === "anak" && route.ibu ? desa.sasaran[String(route.ibu)] : undefined;
  const defaults: Record<string, string> = existing ? existing.fields : newbornDefaults(mother);
  const kind = jenis === "ibu" ? "ibu_hamil_baru" : "bayi_baru";
  const action = phoneAction(kind, owner, existing ? [existing.clientId] : [], () => go(`/wilayah/${kode}/sasaran`));
  return (
    <div className="space-y-4" data-testid="offline-register">
      <h1 className="text-2xl font-bold">
        {jenis === "ibu" ? t.titleIbu : mother ? t.titleBaby(mother.nama) : t.titleAnak}
      </h1>
      {existing?.message ? (
        <p
          className="rounded-md border border-danger-700 bg-danger-50 p-3 text-sm font-medium text-danger-700"
          data-testid="server-refusal"
        >
          {existing.message}
        </p>
      ) : null}
      <SasaranForm
        jenis={jenis}
        action={action}
        kode={kode}
        defaults={defaults}
        posyandu={desa.posyandu.filter((p) => p.aktif).map((p) => ({ value: String(p.id), label: p.nama }))}
        ibu={ibuRows.map((i) => ({ value: String(i.id), label: ibuOptionLabel(i) }))}
        households={Object.values(desa.rumahTangga)
          .sort((a, b) => a.kepalaKeluarga.localeCompare(b.kepalaKeluarga, "id"))
          .map((h) => ({ value: String(h.id), label: householdOptionLabel(h) }))}
        submitLabel={t.submit}
        nikEditable
        kembar={jenis === "anak"}
      />
    </div>
  );
}

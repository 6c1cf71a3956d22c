import type { Region } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { listDesaOptions, listKpmOptions, listPelatihan } from "@/db/queries/pelatihan";
import { Card } from "@/components/ui/card";
import { PelatihanForm } from "./pelatihan-form";
import { PelatihanList } from "./pelatihan-list";
import { kpmText } from "@/lib/i18n/kpm";

const t = kpmText.pelatihan;

/** Attendee choices of the region's form: its KPM accounts and its desa (for attendees without an account). */
export async function attendeeOptions({ viewer, kode }: { viewer: Viewer; kode: string }) {
  const [options, desa] = await Promise.all([listKpmOptions({ viewer, kode }), listDesaOptions({ viewer, kode })]);
  return {
    options: options.map((o) => ({ id: o.id, label: `${o.nama} — ${o.desaNama}` })),
    desaOptions: desa.map((d) => ({ value: d.kode, label: d.nama })),
  };
}

/** Training and coaching (Aksi 5): the form for roles that record events, and the list of events. */
export async function PelatihanSection({ viewer, region, today }: { viewer: Viewer; region: Region; today: string }) {
  const canWrite = can(viewer.role, "pelatihan:write");
  const [events, choices] = await Promise.all([
    listPelatihan({ viewer, kode: region.kode }),
    canWrite ? attendeeOptions({ viewer, kode: region.kode }) : Promise.resolve(null),
  ]);
  return (
    <section aria-labelledby="pelatihan" className="space-y-3">
      <h2 id="pelatihan" className="text-xl font-bold">
        {t.heading}
      </h2>
      {choices ? (
        <Card title={t.formTitle}>
          <PelatihanForm kode={region.kode} today={today} {...choices} />
        </Card>
      ) : null}
      <PelatihanList events={events} kode={region.kode} canWrite={canWrite} today={today} />
    </section>
  );
}

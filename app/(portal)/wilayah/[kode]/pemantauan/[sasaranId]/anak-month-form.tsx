"use client";

import type { OutboxKind } from "@/lib/offline/protocol";
import { OfflineIdFields } from "@/components/offline/use-offline-submit";
import type { FormState } from "@/lib/form-state";
import Link from "next/link";
import { useEchoForm } from "@/components/forms/use-echo-form";
import { PhoneResult, type PhoneResultChild } from "@/components/phone-result";
import { buttonClass } from "@/components/ui/button";
import { posyanduDayText } from "@/lib/i18n/posyandu-day";
import { CheckboxField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { MeasurementFields, VisitFields } from "./month-fields";
import {
  ANAK_FLAGS,
  IMUNISASI_CAMPAK_LABELS,
  STATUS_GIZI_LABELS,
  STATUS_TIKAR_LABELS,
  pemantauanText,
} from "@/lib/i18n/pemantauan";

const f = pemantauanText.form;
const t = pemantauanText.anakForm;
/** Hidden inputs echoed back to the action (form field names). */
const HIDDEN = ["kode", "sasaranId", "bulan", "version"] as const;

type Props = {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  /** Set on the portal's own pages: the save keeps working without a connection (components/offline). */
  offline?: OutboxKind;
  defaults: Record<string, string>;
  posyandu: Array<{ value: string; label: string }>;
  minDate: string;
  maxDate: string;
  /** The posyandu-day mode (docs/posyandu-day.md): its posyandu goes with the post (the save then opens the result
   * card in the mode), and a save kept on the phone shows the phone's result card and the way on. */
  day?: { posyanduId: string; child: PhoneResultChild; nextHref: string | null; listHref: string };
};

const opts = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Formulir 2B with the month's measurement: weight, length/height, how it was measured, oedema. */
export function AnakMonthForm({ action, offline, defaults, posyandu, minDate, maxDate, day }: Props) {
  const { state, formAction, onSubmit, v, e, formKey } = useEchoForm(action, defaults, offline);
  // Online, a save navigates to the result card; an "ok" answer here is the phone's (kept without a connection).
  if (day && state.status === "ok")
    return (
      <div className="space-y-3">
        <FormMessage state={state} />
        <p className="text-sm text-slate-700">{posyanduDayText.savedOnPhone}</p>
        <PhoneResult child={day.child} values={v} />
        <DayNav nextHref={day.nextHref} listHref={day.listHref} />
      </div>
    );
  return (
    <form action={formAction} onSubmit={onSubmit} key={formKey} className="space-y-4" noValidate>
      <OfflineIdFields />
      {day ? <input type="hidden" name="hariPosyandu" value={day.posyanduId} /> : null}
      {HIDDEN.map((k) => (v[k] ? <input key={k} type="hidden" name={k} value={v[k]} /> : null))}
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <VisitFields v={v} e={e} posyandu={posyandu} minDate={minDate} maxDate={maxDate} />
      </div>
      <MeasurementFields v={v} e={e} legend={t.measurement} panjangHint={t.panjangHint} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          name="statusTikar"
          label={t.tikar}
          defaultValue={v.statusTikar ?? "TD"}
          error={e.statusTikar}
          options={opts(STATUS_TIKAR_LABELS)}
        />
        <SelectField
          name="statusGizi"
          label={t.statusGizi}
          defaultValue={v.statusGizi ?? ""}
          error={e.statusGizi}
          placeholder={f.unknown}
          options={opts(STATUS_GIZI_LABELS)}
        />
        <SelectField
          name="imunisasiCampak"
          label={t.campak}
          defaultValue={v.imunisasiCampak ?? "belum"}
          error={e.imunisasiCampak}
          options={opts(IMUNISASI_CAMPAK_LABELS)}
        />
      </div>
      <fieldset className="grid gap-2 sm:grid-cols-2">
        <legend className="mb-1 text-sm font-semibold">{f.services}</legend>
        {ANAK_FLAGS.map(([name, label]) => (
          <CheckboxField key={name} name={name} label={label} defaultChecked={v[name] === "on"} error={e[name]} />
        ))}
      </fieldset>
      <SubmitButton className="w-full sm:w-auto">{f.submit}</SubmitButton>
    </form>
  );
}

/** "Anak berikutnya" (or, when every child is recorded, back to the list) after a save in the posyandu-day mode. */
export function DayNav({ nextHref, listHref }: { nextHref: string | null; listHref: string }) {
  return (
    <div className="flex flex-col gap-2 sm:flex-row">
      {nextHref ? (
        <Link
          href={nextHref}
          className={`${buttonClass("primary")} w-full text-lg sm:w-auto`}
          data-testid="anak-berikutnya"
        >
          {posyanduDayText.next}
        </Link>
      ) : (
        <p className="font-medium text-brand-800">{posyanduDayText.allDone}</p>
      )}
      <Link href={listHref} className={`${buttonClass("secondary")} w-full sm:w-auto`}>
        {posyanduDayText.backToList}
      </Link>
    </div>
  );
}

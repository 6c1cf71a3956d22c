import { Field, SelectField } from "@/components/ui/field";
import { KEMBAR, kembarField } from "@/lib/sasaran/kembar";
import { sasaranText } from "@/lib/i18n/sasaran";

const t = sasaranText.form;

/** Twins in the same step as the first baby: a folded box (plain <details>, no JavaScript needed) holding the second
 * and third babies' own fields; open when one was typed or refused, so nothing typed is hidden. */
export function KembarFields({ v, e }: { v: Record<string, string>; e: Record<string, string[] | undefined> }) {
  const used = KEMBAR.some((n) =>
    (["nama", "jenisKelamin", "beratLahirKg", "panjangLahirCm", "noKia"] as const).some(
      (f) => v[kembarField(n, f)] || e[kembarField(n, f)],
    ),
  );
  return (
    <details open={used} className="rounded-lg border border-slate-200" data-testid="kembar">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-semibold">
        {t.kembarSummary}
      </summary>
      <div className="space-y-3 border-t border-slate-200 p-3">
        <p className="text-sm text-slate-600">{t.kembarIntro}</p>
        {KEMBAR.map((n) => {
          const name = (f: Parameters<typeof kembarField>[1]) => kembarField(n, f);
          return (
            <fieldset key={n} className="grid gap-3 sm:grid-cols-2">
              <legend className="mb-1 text-sm font-semibold">{t.bayiKe(n)}</legend>
              <Field
                name={name("nama")}
                label={t.namaBayiKe(n)}
                defaultValue={v[name("nama")]}
                error={e[name("nama")]}
                autoComplete="off"
              />
              <SelectField
                name={name("jenisKelamin")}
                label={t.kelaminBayiKe(n)}
                defaultValue={v[name("jenisKelamin")] ?? ""}
                error={e[name("jenisKelamin")]}
                placeholder={t.choose}
                options={[
                  { value: "L", label: sasaranText.sex.L },
                  { value: "P", label: sasaranText.sex.P },
                ]}
              />
              <Field
                name={name("beratLahirKg")}
                label={t.beratBayiKe(n)}
                inputMode="decimal"
                defaultValue={v[name("beratLahirKg")]}
                error={e[name("beratLahirKg")]}
              />
              <Field
                name={name("panjangLahirCm")}
                label={t.panjangBayiKe(n)}
                inputMode="decimal"
                defaultValue={v[name("panjangLahirCm")]}
                error={e[name("panjangLahirCm")]}
              />
              <Field
                name={name("noKia")}
                label={t.kiaBayiKe(n)}
                defaultValue={v[name("noKia")]}
                error={e[name("noKia")]}
                autoComplete="off"
              />
            </fieldset>
          );
        })}
      </div>
    </details>
  );
}

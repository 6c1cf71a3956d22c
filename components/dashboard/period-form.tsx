import { buttonClass } from "@/components/ui/button";
import type { DashboardPeriod } from "@/lib/dashboard/period";
import { dashboardText } from "@/lib/i18n/dashboard";

const SELECT = "mt-1 block min-h-11 rounded-md border border-slate-400 bg-white px-2";
const t = dashboardText.periodForm;

/** Period in the URL: a plain GET form, so it works without JavaScript. `draf` keeps the drafts switch on. */
export function PeriodForm({
  action,
  period,
  years,
  draf = false,
}: {
  action: string;
  period: DashboardPeriod;
  years: number[];
  draf?: boolean;
}) {
  return (
    <form
      method="get"
      action={action}
      className="no-print flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3"
      aria-label={t.ariaLabel}
    >
      {draf ? <input type="hidden" name="draf" value="1" /> : null}
      <label className="text-sm font-medium">
        {t.periode}
        <select name="periode" defaultValue={period.jenis} className={SELECT}>
          <option value="bulan">{t.jenis.bulan}</option>
          <option value="triwulan">{t.jenis.triwulan}</option>
          <option value="tahun">{t.jenis.tahun}</option>
        </select>
      </label>
      <label className="text-sm font-medium">
        {t.tahun}
        <select name="tahun" defaultValue={period.tahun} className={SELECT}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        {t.nilai}
        <select name="nilai" defaultValue={period.nilai} className={SELECT}>
          {t.monthsShort.map((m, i) => (
            <option key={m} value={i + 1}>
              {t.nilaiOption(i + 1, m, i < 4)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonClass("primary")}>
        {t.submit}
      </button>
      <p className="w-full text-sm text-slate-600">
        {t.current}
        <strong data-testid="periode-label">{period.label}</strong>
      </p>
    </form>
  );
}

import { buttonClass } from "@/components/ui/button";
import type { DashboardPeriod } from "@/lib/dashboard/period";

const SELECT = "mt-1 block min-h-11 rounded-md border border-slate-400 bg-white px-2";
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

/** Period in the URL: a plain GET form, so it works without JavaScript. */
export function PeriodForm({ action, period, years }: { action: string; period: DashboardPeriod; years: number[] }) {
  return (
    <form method="get" action={action} className="no-print flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3" aria-label="Pilih periode">
      <label className="text-sm font-medium">
        Periode
        <select name="periode" defaultValue={period.jenis} className={SELECT}>
          <option value="bulan">Bulan</option>
          <option value="triwulan">Triwulan</option>
          <option value="tahun">Tahun</option>
        </select>
      </label>
      <label className="text-sm font-medium">
        Tahun
        <select name="tahun" defaultValue={period.tahun} className={SELECT}>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
      <label className="text-sm font-medium">
        Bulan / triwulan
        <select name="nilai" defaultValue={period.nilai} className={SELECT}>
          {MONTHS.map((m, i) => <option key={m} value={i + 1}>{`${i + 1} (${m}${i < 4 ? ` / T${i + 1}` : ""})`}</option>)}
        </select>
      </label>
      <button type="submit" className={buttonClass("primary")}>Tampilkan</button>
      <p className="w-full text-sm text-slate-600">Periode: <strong data-testid="periode-label">{period.label}</strong></p>
    </form>
  );
}

import type { Metadata } from "next";
import { z } from "zod";
import { requireCapability, requireViewer } from "@/lib/auth/guard";
import { parseQuery, queryParam } from "@/lib/route-params";
import { getYearSettingsView } from "@/db/queries/settings";
import { currentYearMonth } from "@/lib/periods";
import { Card } from "@/components/ui/card";
import { AdminHeader } from "../admin-tabs";
import { YearSettingsForm } from "./settings-form";
import { adminText } from "@/lib/i18n/admin";

const t = adminText.settings;
const BASE = "/admin/pengaturan";

export const metadata: Metadata = { title: t.title };

const query = z.object({ tahun: queryParam.int(2000, 2100) });

/** Per-year settings of issue 19 (docs/year-settings.md): the scorecard submission window and the ranking minimum. */
export default async function YearSettingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer();
  requireCapability(viewer, "settings:manage");
  const now = currentYearMonth().tahun;
  const tahun = parseQuery(query, await searchParams).tahun ?? now;
  const { shown, years } = await getYearSettingsView(tahun);
  const choices = [...new Set([now - 1, now, now + 1, ...years, tahun])].sort((a, b) => a - b);
  return (
    <div className="space-y-4">
      <AdminHeader role={viewer.role} active={BASE} title={t.title} />
      <p className="text-sm text-slate-600">{t.intro}</p>
      <form method="get" action={BASE} className="flex flex-wrap items-end gap-2">
        <label className="text-sm font-medium">
          {t.tahun}
          <select
            name="tahun"
            defaultValue={String(tahun)}
            className="mt-1 block min-h-11 rounded-md border border-slate-400 bg-white px-2 text-sm"
          >
            {choices.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="min-h-11 rounded-md border border-slate-400 bg-white px-3 text-sm font-medium">
          {t.pilihTahun}
        </button>
      </form>
      <Card>
        <h2 className="mb-2 text-lg font-semibold">{t.formLabel(tahun)}</h2>
        {shown.bawaan ? <p className="mb-2 text-sm text-slate-600">{t.defaultNote}</p> : null}
        <YearSettingsForm
          key={tahun}
          tahun={tahun}
          pengajuanHariSebelumAkhir={shown.pengajuanHariSebelumAkhir}
          minimumSasaranPeringkat={shown.minimumSasaranPeringkat}
        />
      </Card>
    </div>
  );
}

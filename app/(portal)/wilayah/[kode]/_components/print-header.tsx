import { getRegionTrail } from "@/db/queries/regions";
import { regionTitle } from "@/lib/regions";
import { formatDate } from "@/lib/format";
import { todayIso } from "@/lib/periods";
import type { Region } from "@/db/schema";
import { commonText } from "@/lib/i18n/common";

/** Print rule, not copy. */
const LANDSCAPE_PAGE = "@page { size: A4 landscape; }";

/** Heading that exists only on paper: what the sheet is, for which region (with its kecamatan and kabupaten),
 * for which period, and when it was printed. The screen shows the same facts in the page header. */
export async function PrintHeader({
  region,
  title,
  period,
  landscape = false,
}: {
  region: Region;
  title: string;
  period: string;
  landscape?: boolean;
}) {
  const trail = await getRegionTrail(region.kode);
  const above = trail.filter((t) => t.jenis === "kecamatan" || t.jenis === "kabupaten").map((t) => regionTitle(t));
  return (
    <header className="hidden text-center print:block" data-testid="print-header">
      {landscape ? <style>{LANDSCAPE_PAGE}</style> : null}
      <p className="text-base font-bold uppercase">{title}</p>
      <p className="text-sm">
        {[regionTitle(region), ...above.reverse()].join(" · ")} · {commonText.region.code(region.kode)}
      </p>
      <p className="text-sm">
        {period} · {commonText.region.printedOn(formatDate(todayIso()))}
      </p>
    </header>
  );
}

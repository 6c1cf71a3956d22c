import Link from "next/link";
import { listReturnedApbdes, listReturnedQuarters } from "@/db/queries/approvals";
import { formatDateTime } from "@/lib/format";
import { triwulanRoman } from "@/lib/scorecard/workflow";
import { approvalsText } from "@/lib/i18n/approvals";
import { VERSI_LABELS } from "@/lib/i18n/apbdes";
import type { Viewer } from "@/lib/auth/viewer";

const t = approvalsText.returned;

/** What was sent back to whoever submitted it, and why: scorecard quarters for the KPM, APBDes versions for the
 * perangkat desa. Nothing when nothing was returned. */
export async function Dikembalikan({
  viewer,
  kode,
  jenis,
}: {
  viewer: Viewer;
  kode: string;
  jenis: "scorecard" | "apbdes";
}) {
  const items =
    jenis === "scorecard" ? await listReturnedQuarters({ viewer, kode }) : await listReturnedApbdes({ viewer, kode });
  if (!items.length) return null;
  return (
    <section aria-labelledby="dikembalikan" className="space-y-2" data-testid="dikembalikan">
      <h2 id="dikembalikan" className="text-xl font-bold">
        {t.heading} <span className="text-base font-normal text-slate-600">({items.length})</span>
      </h2>
      <ul className="divide-y divide-slate-100 rounded-lg border border-warn-800 bg-white">
        {items.map((i) => {
          const href =
            i.jenis === "scorecard"
              ? `/wilayah/${kode}/scorecard?tahun=${i.tahun}&triwulan=${i.triwulan}`
              : `/wilayah/${kode}/apbdes?tahun=${i.tahun}&versi=${i.versi}`;
          return (
            <li key={href} className="space-y-0.5 px-3 py-2">
              <Link href={href} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
                {i.jenis === "scorecard"
                  ? t.scorecard(triwulanRoman(i.triwulan), i.tahun)
                  : t.apbdes(i.tahun, VERSI_LABELS[i.versi])}
              </Link>
              <p className="font-medium">{t.reason(i.catatan)}</p>
              <p className="text-sm text-slate-700">{t.by(i.oleh, i.at ? formatDateTime(i.at) : null)}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

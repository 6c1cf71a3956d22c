import Link from "next/link";
import { listWaitingApproval } from "@/db/queries/approvals";
import { formatDateTime } from "@/lib/format";
import { triwulanRoman } from "@/lib/scorecard/workflow";
import { approvalsText } from "@/lib/i18n/approvals";
import { VERSI_LABELS } from "@/lib/i18n/apbdes";
import type { Viewer } from "@/lib/auth/viewer";

const t = approvalsText.waiting;

/** The kepala desa's home: every scorecard quarter and APBDes version of the desa waiting for their approval, one
 * tap to each. */
export async function MenungguPersetujuan({ viewer, kode }: { viewer: Viewer; kode: string }) {
  const items = await listWaitingApproval({ viewer, kode });
  return (
    <section aria-labelledby="menunggu" className="space-y-2" data-testid="menunggu-persetujuan">
      <h2 id="menunggu" className="text-xl font-bold">
        {t.heading} <span className="text-base font-normal text-slate-600">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="rounded-md bg-brand-50 p-3 text-brand-800">{t.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {items.map((i) => {
            const href =
              i.jenis === "scorecard"
                ? `/wilayah/${kode}/scorecard?tahun=${i.tahun}&triwulan=${i.triwulan}`
                : `/wilayah/${kode}/apbdes?tahun=${i.tahun}&versi=${i.versi}`;
            const title =
              i.jenis === "scorecard"
                ? t.scorecard(triwulanRoman(i.triwulan), i.tahun)
                : t.apbdes(i.tahun, VERSI_LABELS[i.versi]);
            return (
              <li key={href}>
                <Link href={href} className="flex min-h-11 flex-col gap-0.5 px-3 py-2 hover:bg-slate-50">
                  <span className="font-semibold text-brand-800 underline">{title}</span>
                  <span className="text-sm text-slate-700">
                    {t.submitted(i.oleh, i.diajukanAt ? formatDateTime(i.diajukanAt) : null)}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

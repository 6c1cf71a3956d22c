import type { Metadata } from "next";
import Link from "next/link";
import { requireRegionPage } from "@/lib/auth/guard";
import { listChildRegions } from "@/db/queries/regions";
import { childLevelLabel, regionTitle } from "@/lib/regions";
import { RegionPageHeader } from "@/components/region-page-header";
import { TugasBulanIni } from "@/components/tugas-bulan-ini";
import { currentYearMonth, todayIso } from "@/lib/periods";

export const metadata: Metadata = { title: "Wilayah" };

export default async function RegionPage({ params }: { params: Promise<{ kode: string }> }) {
  const { kode } = await params;
  const { viewer, region } = await requireRegionPage(decodeURIComponent(kode), "wilayah:read");
  const children = await listChildRegions({ viewer, kode: region.kode });
  return (
    <div className="space-y-4">
      <RegionPageHeader viewer={viewer} region={region} section="" />
      {viewer.role === "kpm" && (region.jenis === "desa" || region.jenis === "kelurahan") ? (
        <TugasBulanIni viewer={viewer} kode={region.kode} ym={currentYearMonth()} today={todayIso()} />
      ) : null}
      {children.length ? (
        <section aria-labelledby="daftar-anak">
          <h2 id="daftar-anak" className="mb-2 text-lg font-semibold">
            {childLevelLabel(region.jenis)} ({children.length})
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {children.map((c) => (
              <li key={c.kode}>
                <Link
                  href={`/wilayah/${c.kode}`}
                  className="flex min-h-11 items-center justify-between rounded-md border border-slate-200 bg-white px-3 py-2 hover:border-brand-600"
                >
                  <span className="font-medium">{regionTitle(c)}</span>
                  <span className="text-xs text-slate-500">{c.kode}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

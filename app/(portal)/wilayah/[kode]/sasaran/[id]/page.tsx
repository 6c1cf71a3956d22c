import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRegionPage } from "@/lib/auth/guard";
import { parseQuery, pathId } from "@/lib/route-params";
import { sasaranDetailQuery } from "@/lib/sasaran/list-params";
import { can } from "@/lib/auth/permissions";
import { getSasaran, listAnakOfIbu } from "@/db/queries/sasaran";
import { listPengukuranOfSasaran, listRecordMonths } from "@/db/queries/pemantauan";
import { listRegionsInScope } from "@/db/queries/regions";
import { RegionPageHeader } from "../../_components/region-page-header";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { currentYearMonth, formatYearMonth, todayIso } from "@/lib/periods";
import { formatDate, formatMonth } from "@/lib/format";
import { regionTitle } from "@/lib/regions";
import { markMelahirkan, nonaktifkanSasaran, pindahkanSasaran } from "../actions";
import { MelahirkanForm, PindahForm } from "./lifecycle-forms";
import { NonaktifForm } from "./nonaktif-form";
import { GrowthSection } from "./growth-section";
import { loadGrowthTables } from "@/lib/growth/tables";
import { nikFor } from "@/lib/people/nik-visibility";
import { ALASAN_NONAKTIF_LABELS, KATEGORI_LABELS, LIST_KELOMPOK_LABELS, sasaranText } from "@/lib/i18n/sasaran";
import { monitoringGroupIn } from "@/lib/sasaran/kategori";
import { sectionLevels } from "@/lib/sections";
import { isBblr } from "@/lib/sasaran/birth";

const t = sasaranText.detail;
const f = t.facts;

export const metadata: Metadata = { title: t.metaTitle };

export default async function SasaranDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ kode: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { kode, id } = await params;
  const { viewer, region } = await requireRegionPage(kode, "sasaran");
  const sasaranId = pathId(id);
  const today = todayIso();
  const found = await getSasaran({ viewer, kode: region.kode, id: sasaranId, today });
  if (!found) notFound();
  const { sasaran: s, kelompok, posyanduNama, ibuNama, rumahTangga } = found;
  const sp = parseQuery(sasaranDetailQuery, await searchParams);
  const [children, months, measurements, villages] = await Promise.all([
    s.jenis === "ibu" ? listAnakOfIbu({ viewer, ibuId: s.id }) : Promise.resolve([]),
    listRecordMonths({ viewer, sasaranId: s.id, jenis: s.jenis }),
    s.jenis === "anak" ? listPengukuranOfSasaran({ viewer, sasaranId: s.id }) : Promise.resolve([]),
    can(viewer.role, "sasaran:transfer")
      ? listRegionsInScope({ viewer, jenis: sectionLevels("sasaran", "write") })
      : Promise.resolve([]),
  ]);
  const canWrite = can(viewer.role, "sasaran:write");
  const base = `/wilayah/${region.kode}/sasaran`;
  const thisMonth = formatYearMonth(currentYearMonth());
  const facts: Array<[string, React.ReactNode]> = [
    [
      f.kelompok,
      <span key="k" className="flex flex-wrap gap-1">
        <Badge tone="info">{KATEGORI_LABELS[kelompok]}</Badge>
        {s.jenis === "anak" && monitoringGroupIn(s.tanggalLahir, currentYearMonth()) === "balita_24_59" ? (
          <Badge tone="info">{LIST_KELOMPOK_LABELS.balita_24_59}</Badge>
        ) : null}
        {s.jenis === "anak" && isBblr(s.beratLahirKg) ? (
          <span title={t.bblrTitle} data-testid="bblr">
            <Badge tone="warn">{t.bblr}</Badge>
          </span>
        ) : null}
      </span>,
    ],
    ...(s.tanggalNonaktif
      ? ([
          [
            f.status,
            s.alasanNonaktif
              ? sasaranText.nonaktif.inactive(formatDate(s.tanggalNonaktif), ALASAN_NONAKTIF_LABELS[s.alasanNonaktif])
              : sasaranText.nonaktif.inactiveNoReason(formatDate(s.tanggalNonaktif)),
          ],
        ] as Array<[string, React.ReactNode]>)
      : []),
    [f.nik, nikFor(viewer, s.nik, region.kode) ?? "–"],
    [f.noKia, s.noKia ?? "–"],
    [f.jenisKelamin, s.jenisKelamin === "L" ? sasaranText.sex.L : sasaranText.sex.P],
    [f.tanggalLahir, formatDate(s.tanggalLahir)],
    [f.posyandu, posyanduNama],
    ...(s.jenis === "ibu"
      ? ([
          [f.hpl, formatDate(s.hpl)],
          [f.tanggalMelahirkan, formatDate(s.tanggalMelahirkan)],
        ] as Array<[string, React.ReactNode]>)
      : ([
          [
            f.ibu,
            s.ibuId && ibuNama ? (
              <Link key="i" className="underline" href={`${base}/${s.ibuId}`}>
                {ibuNama}
              </Link>
            ) : (
              "–"
            ),
          ],
          [
            f.beratPanjangLahir,
            t.beratPanjangLahir(
              s.beratLahirKg?.toLocaleString("id-ID") ?? "–",
              s.panjangLahirCm?.toLocaleString("id-ID") ?? "–",
            ),
          ],
        ] as Array<[string, React.ReactNode]>)),
    [
      f.rumahTangga,
      rumahTangga ? t.rumahTanggaValue(rumahTangga.kepalaKeluarga, rumahTangga.dusun, rumahTangga.rt) : "–",
    ],
  ];
  return (
    <div className="space-y-4">
      <RegionPageHeader
        viewer={viewer}
        region={region}
        section="sasaran"
        title={s.nama}
        actions={
          canWrite ? (
            <>
              {s.aktif ? (
                <LinkButton href={`/wilayah/${region.kode}/pemantauan/${s.id}?bulan=${thisMonth}`}>
                  {t.fillMonth}
                </LinkButton>
              ) : null}
              <LinkButton variant="secondary" href={`${base}/${s.id}/ubah`}>
                {t.edit}
              </LinkButton>
            </>
          ) : null
        }
      />
      {sp.tersimpan || sp.melahirkan || sp.dipindahkan || sp.nonaktif ? (
        <p
          data-testid="form-message"
          className="rounded-md border border-brand-600 bg-brand-50 px-3 py-2 text-sm font-medium text-brand-800"
        >
          ✓{" "}
          {sp.melahirkan
            ? t.savedMelahirkan
            : sp.dipindahkan
              ? t.savedPindah
              : sp.nonaktif
                ? sasaranText.nonaktif.saved
                : t.saved}
        </p>
      ) : null}
      <Card
        title={t.card}
        actions={
          <Link href={`${base}/${s.id}/riwayat`} className="text-sm underline underline-offset-2">
            {t.history}
          </Link>
        }
      >
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-2">
          {facts.map(([k, v]) => (
            <div key={k}>
              <dt className="text-xs text-slate-600">{k}</dt>
              <dd className="font-medium">{v}</dd>
            </div>
          ))}
        </dl>
      </Card>
      {s.jenis === "ibu" ? (
        <Card title={t.persalinan}>
          {!s.tanggalMelahirkan && canWrite ? (
            <MelahirkanForm action={markMelahirkan} kode={region.kode} id={s.id} max={today} />
          ) : null}
          {s.tanggalMelahirkan ? (
            <div className="space-y-2">
              {children.length ? (
                <ul className="list-disc pl-5">
                  {children.map((c) => (
                    <li key={c.id}>
                      <Link className="underline" href={`/wilayah/${c.kodeWilayah}/sasaran/${c.id}`}>
                        {c.nama}
                      </Link>{" "}
                      {t.childBorn(formatDate(c.tanggalLahir))}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-slate-600">{t.babyNotRegistered}</p>
              )}
              {canWrite ? <LinkButton href={`${base}/baru?jenis=anak&ibu=${s.id}`}>{t.registerBaby}</LinkButton> : null}
            </div>
          ) : !canWrite ? (
            <p className="text-sm text-slate-600">{t.notDelivered}</p>
          ) : null}
        </Card>
      ) : null}
      {s.jenis === "anak" && measurements.length ? (
        <GrowthSection sex={s.jenisKelamin} measurements={measurements} tables={loadGrowthTables()} />
      ) : null}
      <Card title={t.months}>
        {months.length ? (
          <ul className="flex flex-wrap gap-2">
            {months.map((m) => {
              const ym = formatYearMonth(m);
              return (
                <li key={ym}>
                  <Link
                    className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm hover:bg-slate-50"
                    href={`/wilayah/${m.kodeWilayah}/pemantauan/${s.id}?bulan=${ym}`}
                  >
                    {formatMonth(ym)}
                  </Link>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t.noMonths}</p>
        )}
      </Card>
      {villages.length ? (
        <Card title={t.pindah}>
          <PindahForm
            action={pindahkanSasaran}
            kode={region.kode}
            id={s.id}
            desa={villages
              .filter((d) => d.kode !== region.kode)
              .map((d) => ({ value: d.kode, label: `${regionTitle(d)} (${d.kode})` }))}
          />
        </Card>
      ) : null}
      {canWrite && s.aktif ? (
        <Card title={sasaranText.nonaktif.card}>
          <NonaktifForm
            action={nonaktifkanSasaran}
            kode={region.kode}
            id={s.id}
            version={s.version}
            nama={s.nama}
            max={today}
          />
        </Card>
      ) : null}
    </div>
  );
}

"use client";

import { useEffect, useState } from "react";
import { SyncBar } from "@/components/offline/sync-bar";
import { offlineText } from "@/lib/i18n/offline";
import { commonText } from "@/lib/i18n/common";
import { formatDateTime } from "@/lib/format";
import { shellRoute } from "@/lib/offline/shell-routes";
import { ShellLink, ShellNavProvider, useShellNav } from "./shell-nav";
import { usePhoneData } from "./use-phone-data";
import { HomeView } from "./home-view";
import { SasaranListView, SasaranDetailView } from "./sasaran-views";
import { MonthListView } from "./month-list-view";
import { EntryView } from "./entry-view";
import { RegisterView } from "./register-view";
import { ScorecardView } from "./scorecard-view";
import { AntreanView } from "./antrean-view";

const t = offlineText.shell;

export function Shell() {
  return (
    <ShellNavProvider>
      <ShellBody />
    </ShellNavProvider>
  );
}

function useOnline() {
  const [online, setOnline] = useState(true);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    update();
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return online;
}

function ShellBody() {
  const data = usePhoneData();
  const { url } = useShellNav();
  const online = useOnline();
  if (data.status === "loading") return <p className="p-4">{t.loading}</p>;
  if (data.status === "empty")
    return (
      <main className="mx-auto max-w-xl space-y-3 p-4" data-testid="offline-empty">
        <p>{t.noData}</p>
        <a href="/login" className="underline">
          {t.login}
        </a>
      </main>
    );
  const { desa, outbox } = data;
  const base = `/wilayah/${desa.desa.kode}`;
  const route = shellRoute(url, desa.desa.kode);
  const nav: Array<[string, string]> = [
    [base, t.nav.home],
    [`${base}/sasaran`, t.nav.sasaran],
    [`${base}/pemantauan`, t.nav.pemantauan],
    [`${base}/scorecard`, t.nav.scorecard],
    ["/luring?lihat=antrean", t.nav.antrean],
  ];
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
          <ShellLink href={base} className="text-lg font-bold text-brand-700">
            {commonText.app.name}
          </ShellLink>
          <span className="text-sm font-semibold">{desa.desa.nama}</span>
          {!online ? (
            <span
              className="rounded-full bg-warn-50 px-2 text-xs font-semibold text-warn-800"
              data-testid="offline-mode"
            >
              {t.offlineMode}
            </span>
          ) : null}
          <nav aria-label={t.offlineMode} className="w-full">
            <ul className="flex flex-wrap gap-1 text-sm">
              {nav.map(([href, label]) => (
                <li key={href}>
                  <ShellLink
                    href={href}
                    className="inline-flex min-h-11 items-center rounded-md px-2 font-medium text-slate-700 hover:bg-slate-50"
                  >
                    {label}
                  </ShellLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <SyncBar owner={null} />
      <main id="konten" className="mx-auto max-w-6xl space-y-4 px-4 py-4">
        <p className="text-xs text-slate-600">{t.asOf(formatDateTime(new Date(desa.lastContact)))}</p>
        {route.view === "home" ? (
          <HomeView desa={desa} outbox={outbox} />
        ) : route.view === "sasaran" ? (
          <SasaranListView desa={desa} outbox={outbox} q={route.q} />
        ) : route.view === "sasaran-detail" ? (
          <SasaranDetailView desa={desa} outbox={outbox} id={route.id} />
        ) : route.view === "sasaran-baru" ? (
          <RegisterView desa={desa} outbox={outbox} route={route} owner={data.owner} />
        ) : route.view === "pemantauan" ? (
          <MonthListView desa={desa} outbox={outbox} ym={route.ym} />
        ) : route.view === "entry" ? (
          <EntryView desa={desa} outbox={outbox} route={route} owner={data.owner} />
        ) : route.view === "scorecard" ? (
          <ScorecardView desa={desa} outbox={outbox} />
        ) : route.view === "antrean" ? (
          <AntreanView outbox={outbox} owner={data.owner} />
        ) : (
          <section className="space-y-2" data-testid="offline-online-only">
            <p>{t.needsConnection}</p>
            <ShellLink href={base} className="underline">
              {t.toHome}
            </ShellLink>
          </section>
        )}
      </main>
    </>
  );
}

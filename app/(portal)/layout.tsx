import { requireViewerForPasswordChange } from "@/lib/auth/guard";
import { getRegionName } from "@/db/queries/regions";
import { regionTitle } from "@/lib/regions";
import { PortalHeader } from "@/components/portal-header";
import { menuFor } from "@/lib/auth/portal-menu";
import { SyncBar } from "@/components/offline/sync-bar";
import { capturesOffline } from "@/lib/offline/eligibility";
import { ServiceWorkerRegister } from "@/components/offline/sw-register";

/** Signed in and active, else /login. A user still holding a temporary password gets no menu, and every page
 * sends them to /akun/kata-sandi (requireViewer / requireRegionPage; actions refuse them in guardedAction):
 * the layout cannot do that redirect itself, since it does not know which page it wraps. */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const { viewer, mustChangePassword } = await requireViewerForPasswordChange();
  const scope = await getRegionName(viewer.scopeKode);
  return (
    <>
      <PortalHeader
        viewer={viewer}
        regionName={scope ? regionTitle(scope) : viewer.scopeKode}
        menu={mustChangePassword ? [] : menuFor(viewer.role)}
      />
      {!mustChangePassword && capturesOffline(viewer) ? (
        <SyncBar owner={{ userId: viewer.id, desaKode: viewer.scopeKode }} />
      ) : null}
      <main id="konten" className="mx-auto max-w-6xl px-4 py-4">
        {children}
      </main>
      {/* Signed-in pages only: the worker keeps the offline shell for this user's device (docs/offline.md). */}
      <ServiceWorkerRegister />
    </>
  );
}

import { requireViewer } from "@/lib/auth/guard";
import { getRegionName } from "@/db/queries/regions";
import { regionTitle } from "@/lib/regions";
import { PortalHeader } from "@/components/portal-header";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  const scope = await getRegionName(viewer.scopeKode);
  return (
    <>
      <PortalHeader viewer={viewer} regionName={scope ? regionTitle(scope) : viewer.scopeKode} />
      <main id="konten" className="mx-auto max-w-6xl px-4 py-4">
        {children}
      </main>
    </>
  );
}

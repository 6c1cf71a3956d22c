import { headers } from "next/headers";
import { PASSWORD_PAGE, requireViewer, requireViewerForPasswordChange } from "@/lib/auth/guard";
import { getRegionName } from "@/db/queries/regions";
import { regionTitle } from "@/lib/regions";
import { PortalHeader } from "@/components/portal-header";
import { menuFor } from "@/lib/auth/portal-menu";

/** Signed in, active, and — except on the password page itself — not holding a temporary password (pages and
 * actions check again; the proxy passes the path in x-tumbuh-path). */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const onPasswordPage = (await headers()).get("x-tumbuh-path") === PASSWORD_PAGE;
  const { viewer, pending } = onPasswordPage
    ? await requireViewerForPasswordChange().then((u) => ({ viewer: u.viewer, pending: u.mustChangePassword }))
    : { viewer: await requireViewer(), pending: false };
  const scope = await getRegionName(viewer.scopeKode);
  return (
    <>
      <PortalHeader viewer={viewer} regionName={scope ? regionTitle(scope) : viewer.scopeKode} menu={pending ? [] : menuFor(viewer.role)} />
      <main id="konten" className="mx-auto max-w-6xl px-4 py-4">
        {children}
      </main>
    </>
  );
}

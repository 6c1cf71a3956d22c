import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/guard";

/** Everyone's home is the region they are responsible for. */
export default async function Home() {
  const viewer = await requireViewer();
  redirect(`/wilayah/${viewer.scopeKode}`);
}

import { StatusPage } from "@/components/ui/status-page";

export default function Forbidden() {
  return (
    <StatusPage code="403" title="Akses ditolak">
      <p>Peran Anda tidak memiliki izin untuk membuka halaman ini.</p>
    </StatusPage>
  );
}

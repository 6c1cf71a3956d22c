import { StatusPage } from "@/components/ui/status-page";

export default function NotFound() {
  return (
    <StatusPage code="404" title="Halaman tidak ditemukan">
      <p>Halaman ini tidak ada atau berada di luar wilayah akses Anda.</p>
    </StatusPage>
  );
}

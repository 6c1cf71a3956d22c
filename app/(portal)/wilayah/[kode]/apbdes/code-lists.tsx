import { listKegiatanOptions, listRekeningOptions } from "@/db/queries/apbdes-reference";

/** Suggestions for the kegiatan and rekening inputs, rendered once by the server so the client form does not
 * carry 250 options in its props. The browser filters them as the user types a code or a name. */
export async function CodeLists() {
  const [kegiatan, rekening] = await Promise.all([listKegiatanOptions(), listRekeningOptions()]);
  return (
    <>
      <datalist id="daftar-kegiatan">
        {kegiatan.map((k) => (
          <option key={k.kode} value={k.kode}>
            {`${k.subBidang} — ${k.nama}`}
          </option>
        ))}
      </datalist>
      <datalist id="daftar-rekening">
        {rekening.map((r) => (
          <option key={r.kode} value={r.kode}>
            {r.nama}
          </option>
        ))}
      </datalist>
    </>
  );
}

import { formatRupiah } from "@/lib/format";
import { formatAmountInput } from "./amount";
import { PAKET_LABELS, TAG_LABELS, isPaket, isTag } from "./labels";
import type { LineField, LineInput } from "./line-schema";

/** A stored line as the edit form and the conflict check see it. */
export type StoredLine = Omit<LineInput, "stuntingTag" | "paketLayanan"> & {
  stuntingTag: string | null;
  paketLayanan: string | null;
};

/** Form values (strings) that show a stored line; tag and paket are explicit, never "auto", so an edit keeps them. */
export function lineToValues(line: StoredLine): Record<string, string> {
  return {
    kodeKegiatan: line.kodeKegiatan,
    uraian: line.uraian,
    kodeRekening: line.kodeRekening,
    sumberDana: line.sumberDana,
    volume: line.volume === null ? "" : String(line.volume).replace(".", ","),
    satuan: line.satuan ?? "",
    pagu: formatAmountInput(line.pagu),
    realisasi: formatAmountInput(line.realisasi),
    stuntingTag: line.stuntingTag ?? "",
    paketLayanan: line.paketLayanan ?? "",
    indikator: line.indikator.join(","),
    insentifKpm: line.insentifKpm ? "on" : "",
  };
}

function display(field: LineField, line: StoredLine): string {
  switch (field) {
    case "pagu":
    case "realisasi":
      return formatRupiah(line[field]);
    case "volume":
      return line.volume === null ? "(kosong)" : String(line.volume).replace(".", ",");
    case "stuntingTag":
      return isTag(line.stuntingTag) ? TAG_LABELS[line.stuntingTag] : "Bukan stunting";
    case "paketLayanan":
      return isPaket(line.paketLayanan) ? PAKET_LABELS[line.paketLayanan] : "Tidak ada";
    case "indikator":
      return line.indikator.length ? line.indikator.join(", ") : "Tidak ada";
    case "insentifKpm":
      return line.insentifKpm ? "Ya" : "Tidak";
    default:
      return String(line[field] ?? "") || "(kosong)";
  }
}

const COMPARED: LineField[] = [
  "kodeKegiatan",
  "uraian",
  "kodeRekening",
  "sumberDana",
  "volume",
  "satuan",
  "pagu",
  "realisasi",
  "stuntingTag",
  "paketLayanan",
  "indikator",
  "insentifKpm",
];

/** After a lost race: beside every field where the saved line now differs from what this user typed, the saved
 * ("their") value. The typed ("your") value stays in the input. */
export function conflictErrors(theirs: StoredLine, mine: StoredLine): Partial<Record<LineField, string[]>> {
  const out: Partial<Record<LineField, string[]>> = {};
  for (const f of COMPARED) {
    if (display(f, theirs) !== display(f, mine)) out[f] = [`Tersimpan oleh pengguna lain: ${display(f, theirs)}`];
  }
  return out;
}

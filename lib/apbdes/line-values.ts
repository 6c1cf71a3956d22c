import { formatRupiah } from "@/lib/format";
import { formatAmountInput } from "./amount";
import { isPaket, isTag } from "./codes";
import { PAKET_LABELS, TAG_LABELS, apbdesText } from "@/lib/i18n/apbdes";
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

const t = apbdesText.conflict;

function display(field: LineField, line: StoredLine): string {
  switch (field) {
    case "pagu":
    case "realisasi":
      return formatRupiah(line[field]);
    case "volume":
      return line.volume === null ? t.empty : String(line.volume).replace(".", ",");
    case "stuntingTag":
      return isTag(line.stuntingTag) ? TAG_LABELS[line.stuntingTag] : apbdesText.lineForm.notStunting;
    case "paketLayanan":
      return isPaket(line.paketLayanan) ? PAKET_LABELS[line.paketLayanan] : apbdesText.lineForm.noPaket;
    case "indikator":
      return line.indikator.length ? line.indikator.join(", ") : t.none;
    case "insentifKpm":
      return line.insentifKpm ? t.yes : t.no;
    default:
      return String(line[field] ?? "") || t.empty;
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
    if (display(f, theirs) !== display(f, mine)) out[f] = [t.theirs(display(f, theirs))];
  }
  return out;
}

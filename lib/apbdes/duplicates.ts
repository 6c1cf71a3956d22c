/** Imported lines that already exist in the draft (docs/apbdes-perubahan.md): the same kegiatan, rekening, sumber
 * dana and pagu, codes as stored (normalised by lineSchema). Other fields (uraian, volume, tag) do not make a line
 * new: a file imported twice, or a template re-uploaded after a few lines were typed in, repeats the same money. */

export type DuplicateLine = { kodeKegiatan: string; kodeRekening: string; sumberDana: string; pagu: number };

export function duplicateKey(l: DuplicateLine): string {
  return JSON.stringify([l.kodeKegiatan, l.kodeRekening, l.sumberDana, l.pagu]);
}

/** One flag per imported line: true when a line with the same key is already in the draft. Lines repeated inside
 * the file are not flagged against each other: only what is already stored counts. */
export function markDuplicates(lines: ReadonlyArray<DuplicateLine>, existing: ReadonlyArray<DuplicateLine>): boolean[] {
  const stored = new Set(existing.map(duplicateKey));
  return lines.map((l) => stored.has(duplicateKey(l)));
}

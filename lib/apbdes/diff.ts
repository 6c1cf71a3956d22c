/** What changed between an APBDes murni and its perubahan (docs/apbdes-perubahan.md).
 *
 * Lines are matched on kegiatan × rekening × sumber dana, the unit a Perdes APBDes Perubahan compares ("semula /
 * menjadi / bertambah-berkurang"). A perubahan starts as a copy of the murni without a link per line, and a copied
 * line may be edited freely, so no line id survives to match on. Several lines with one key count as one entry
 * (their pagu summed): splitting a line in two with the same total is no change of budget. */

export type DiffLine = {
  kodeKegiatan: string;
  kodeRekening: string;
  sumberDana: string;
  uraian: string;
  pagu: number;
};

export type DiffEntry = {
  kodeKegiatan: string;
  kodeRekening: string;
  sumberDana: string;
  /** Distinct uraian of the key's lines, perubahan first. */
  uraian: string[];
  paguMurni: number;
  paguPerubahan: number;
  /** paguPerubahan − paguMurni. */
  selisih: number;
};

export type ApbdesDiff = {
  added: DiffEntry[];
  removed: DiffEntry[];
  changed: DiffEntry[];
  /** Keys present in both with the same pagu. */
  unchanged: number;
  totals: {
    murni: number;
    perubahan: number;
    /** perubahan − murni = ditambah − dihapus + diubah. */
    selisih: number;
    /** Pagu of the added keys. */
    ditambah: number;
    /** Pagu of the removed keys. */
    dihapus: number;
    /** Net change of the keys whose pagu changed. */
    diubah: number;
  };
};

/** The matching key of a line: kegiatan × rekening × sumber dana (codes as stored, already normalised). */
export function diffKey(l: Pick<DiffLine, "kodeKegiatan" | "kodeRekening" | "sumberDana">): string {
  return JSON.stringify([l.kodeKegiatan, l.kodeRekening, l.sumberDana]);
}

type Group = { line: DiffLine; pagu: number; uraian: string[] };

function group(lines: ReadonlyArray<DiffLine>): Map<string, Group> {
  const out = new Map<string, Group>();
  for (const l of lines) {
    const k = diffKey(l);
    const g = out.get(k);
    if (!g) out.set(k, { line: l, pagu: l.pagu, uraian: [l.uraian] });
    else {
      g.pagu += l.pagu;
      if (!g.uraian.includes(l.uraian)) g.uraian.push(l.uraian);
    }
  }
  return out;
}

const codeOrder = (a: DiffEntry, b: DiffEntry) =>
  a.kodeKegiatan.localeCompare(b.kodeKegiatan, "en", { numeric: true }) ||
  a.kodeRekening.localeCompare(b.kodeRekening, "en", { numeric: true }) ||
  a.sumberDana.localeCompare(b.sumberDana, "en");

const sum = (entries: DiffEntry[], f: (e: DiffEntry) => number) => entries.reduce((s, e) => s + f(e), 0);

export function diffApbdes(murni: ReadonlyArray<DiffLine>, perubahan: ReadonlyArray<DiffLine>): ApbdesDiff {
  const before = group(murni);
  const after = group(perubahan);
  const added: DiffEntry[] = [];
  const removed: DiffEntry[] = [];
  const changed: DiffEntry[] = [];
  let unchanged = 0;
  const entry = (g: Group, paguMurni: number, paguPerubahan: number, uraian: string[]): DiffEntry => ({
    kodeKegiatan: g.line.kodeKegiatan,
    kodeRekening: g.line.kodeRekening,
    sumberDana: g.line.sumberDana,
    uraian,
    paguMurni,
    paguPerubahan,
    selisih: paguPerubahan - paguMurni,
  });
  for (const [k, a] of after) {
    const b = before.get(k);
    if (!b) added.push(entry(a, 0, a.pagu, a.uraian));
    else if (b.pagu !== a.pagu) changed.push(entry(a, b.pagu, a.pagu, [...new Set([...a.uraian, ...b.uraian])]));
    else unchanged++;
  }
  for (const [k, b] of before) if (!after.has(k)) removed.push(entry(b, b.pagu, 0, b.uraian));
  const totalMurni = murni.reduce((s, l) => s + l.pagu, 0);
  const totalPerubahan = perubahan.reduce((s, l) => s + l.pagu, 0);
  return {
    added: added.sort(codeOrder),
    removed: removed.sort(codeOrder),
    changed: changed.sort(codeOrder),
    unchanged,
    totals: {
      murni: totalMurni,
      perubahan: totalPerubahan,
      selisih: totalPerubahan - totalMurni,
      ditambah: sum(added, (e) => e.paguPerubahan),
      dihapus: sum(removed, (e) => e.paguMurni),
      diubah: sum(changed, (e) => e.selisih),
    },
  };
}

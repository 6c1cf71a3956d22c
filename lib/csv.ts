import { parse } from "csv-parse/sync";

/** Parses a headered CSV into records keyed by column name (all values are strings). */
export function parseCsv(text: string): Record<string, string>[] {
  return parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[];
}

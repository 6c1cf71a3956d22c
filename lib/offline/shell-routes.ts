import { parseYearMonth, type YearMonth } from "@/lib/periods";

/* Which offline view a URL shows (the shell at /luring renders whatever desa page the service worker answered it
 * for, docs/offline.md). Pure. */

export type ShellRoute =
  | { view: "home" }
  | { view: "sasaran"; q: string }
  | { view: "sasaran-baru"; jenis: "ibu" | "anak"; ibu: number | null; item: string | null }
  | { view: "sasaran-detail"; id: number }
  | { view: "pemantauan"; ym: YearMonth | null }
  | { view: "entry"; id: number; ym: YearMonth | null; item: string | null }
  | { view: "scorecard" }
  | { view: "antrean" }
  /** Another desa, another section, an export: needs the server. */
  | { view: "online-only" };

const positive = (s: string | undefined) => (s && /^\d{1,9}$/.test(s) && Number(s) > 0 ? Number(s) : null);

export function shellRoute(url: URL, desaKode: string): ShellRoute {
  const q = url.searchParams;
  const parts = url.pathname.split("/").filter(Boolean);
  if (parts[0] === "luring" || parts.length === 0)
    return q.get("lihat") === "antrean" ? { view: "antrean" } : { view: "home" };
  if (parts[0] !== "wilayah" || decodeURIComponent(parts[1] ?? "") !== desaKode) return { view: "online-only" };
  const [, , section, sub, extra] = parts;
  if (!section) return { view: "home" };
  if (section === "sasaran") {
    if (!sub) return { view: "sasaran", q: q.get("q") ?? "" };
    if (sub === "baru" && !extra)
      return {
        view: "sasaran-baru",
        jenis: q.get("jenis") === "anak" ? "anak" : "ibu",
        ibu: positive(q.get("ibu") ?? undefined),
        item: q.get("item"),
      };
    const id = positive(sub);
    return id && !extra ? { view: "sasaran-detail", id } : { view: "online-only" };
  }
  if (section === "pemantauan") {
    const ym = parseYearMonth(q.get("bulan"));
    if (!sub) return { view: "pemantauan", ym };
    // The posyandu-day mode (docs/posyandu-day.md): without a signal its child opens the phone's own form.
    if (sub === "posyandu") {
      const anak = positive(q.get("anak") ?? undefined);
      if (!positive(extra) || parts.length > 5) return { view: "online-only" };
      return anak ? { view: "entry", id: anak, ym, item: null } : { view: "pemantauan", ym };
    }
    const id = positive(sub);
    return id && !extra ? { view: "entry", id, ym, item: q.get("item") } : { view: "online-only" };
  }
  if (section === "scorecard" && !sub) return { view: "scorecard" };
  return { view: "online-only" };
}

import "server-only";
import type { DesaMemberRow, IndicatorPeriod, IndicatorScope, MemberRow } from "./common";
import { countActiveTargets, countChildrenMeasured, listActiveTargets, listChildrenMeasured } from "./targets";
import { countGrowthMembers, listGrowthMembers } from "./growth";
import {
  countReportCompleteness,
  countReportTimeliness,
  listReportCompleteness,
  listReportTimeliness,
} from "./reporting";
import {
  countBudgetPerTarget,
  countConvergence,
  countRealisation,
  countStuntingBudget,
  listBudgetPerTargetByDesa,
  listConvergenceByDesa,
  listRealisationByDesa,
  listStuntingBudgetByDesa,
} from "./desa-lists";
import { hasList, isGrowthFigure, type FigureKey, type FigurePart } from "@/lib/indicators/figures";

export type { DesaMemberRow, IndicatorPeriod, IndicatorScope, MemberRow } from "./common";

export type FigureMembers = { kind: "sasaran"; rows: MemberRow[] } | { kind: "desa"; rows: DesaMemberRow[] };

/** The targets (or desa) behind one part of one figure, by the figure's membership query; null when the figure has
 * no list for that part (lib/indicators/figures.ts). */
export async function listFigureMembers(
  s: IndicatorScope,
  p: IndicatorPeriod,
  key: FigureKey,
  part: FigurePart,
): Promise<FigureMembers | null> {
  if (!hasList(key, part)) return null;
  if (isGrowthFigure(key)) return { kind: "sasaran", rows: await listGrowthMembers(s, p, key, part) };
  switch (key) {
    case "sasaran-aktif":
      return { kind: "sasaran", rows: await listActiveTargets(s, p) };
    case "anak-diukur":
      return { kind: "sasaran", rows: await listChildrenMeasured(s, p, part) };
    case "kelengkapan-laporan":
      return { kind: "sasaran", rows: await listReportCompleteness(s, p, part) };
    case "ketepatan-waktu":
      return { kind: "sasaran", rows: await listReportTimeliness(s, p, part) };
    case "konvergensi":
      return { kind: "desa", rows: await listConvergenceByDesa(s, p, part) };
    case "pagu-stunting":
      return { kind: "desa", rows: await listStuntingBudgetByDesa(s, p) };
    case "realisasi":
      return { kind: "desa", rows: await listRealisationByDesa(s, p, part) };
    case "pagu-per-sasaran":
      return { kind: "desa", rows: await listBudgetPerTargetByDesa(s, p, part) };
    default:
      return null;
  }
}

/** The count twin: how many targets the list holds (for a list of desa, the total of their shares). */
export async function countFigureMembers(
  s: IndicatorScope,
  p: IndicatorPeriod,
  key: FigureKey,
  part: FigurePart,
): Promise<number | null> {
  if (!hasList(key, part)) return null;
  if (isGrowthFigure(key)) return countGrowthMembers(s, p, key, part);
  switch (key) {
    case "sasaran-aktif":
      return countActiveTargets(s, p);
    case "anak-diukur":
      return countChildrenMeasured(s, p, part);
    case "kelengkapan-laporan":
      return countReportCompleteness(s, p, part);
    case "ketepatan-waktu":
      return countReportTimeliness(s, p, part);
    case "konvergensi":
      return countConvergence(s, p, part);
    case "pagu-stunting":
      return countStuntingBudget(s, p);
    case "realisasi":
      return countRealisation(s, p, part);
    case "pagu-per-sasaran":
      return countBudgetPerTarget(s, p, part);
    default:
      return null;
  }
}

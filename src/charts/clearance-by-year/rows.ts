import { statedNumber } from "../parts/statedNumber.ts";
import type { ClearanceTarget, ClearanceYear } from "../../lib/schemas/clearance.ts";
import { formatDate, formatNumber } from "../../lib/format.ts";
import type { Edition } from "../../i18n/edition.ts";
import { rowContext } from "../parts/clearanceYear.ts";

/** What the land-cleared-per-year chart shows: every annual figure with hectares, and the annual targets. */
export interface ClearanceByYearData {
  years: readonly ClearanceYear[];
  targets: readonly ClearanceTarget[];
}

/** A target drawn as one dash: targets for the same year and number are merged, every statement kept for the tooltip. */
export interface TargetDash {
  year: number;
  hectares: number;
  tip: string;
}

/** The hectares of a row with its qualifier, e.g. "more than 13,000". */
export function statedHectares(row: ClearanceYear, edition: Edition): string {
  return statedNumber(row.hectares ?? 0, row, "hectares", edition);
}

/** The tooltip of one annual figure: year, hectares as stated, what is counted, caveats and who says it. */
export function yearTip(row: ClearanceYear, edition: Edition): string {
  const t = edition.strings.charts.clearancePaceByYear;
  return [
    String(row.year),
    t.hectares(statedHectares(row, edition)),
    ...rowContext(row, edition),
  ].join("\n");
}

/** The annual targets as dashes, one per year and number, each tooltip quoting every statement of it. */
export function targetDashes(targets: readonly ClearanceTarget[], edition: Edition): TargetDash[] {
  const t = edition.strings.charts.clearancePaceByYear;
  const dashes = new Map<string, TargetDash>();
  for (const target of targets) {
    if (target.kind !== "annual" || target.hectares === null) continue;
    const key = `${String(target.targetYear)}|${String(target.hectares)}`;
    const tip = [
      edition.text(target.statement),
      t.stated(formatDate(target.statedOn, edition.locale)),
      `${edition.strings.ui.according} ${edition.text(target.reportedBy)}`,
    ].join("\n");
    const existing = dashes.get(key);
    dashes.set(key, {
      year: target.targetYear,
      hectares: target.hectares,
      tip: existing
        ? `${existing.tip}\n\n${tip}`
        : `${t.targetTip(String(target.targetYear), formatNumber(target.hectares, edition.locale))}\n${tip}`,
    });
  }
  return [...dashes.values()].sort((a, b) => a.year - b.year);
}

/** The calendar years on the axis: from the first year with hectares to the last year with a figure or target. */
export function axisYears(data: ClearanceByYearData): number[] {
  const withArea = data.years.filter((row) => row.hectares !== null).map((row) => row.year);
  const targetYears = data.targets
    .filter((target) => target.kind === "annual" && target.hectares !== null)
    .map((target) => target.targetYear);
  const all = [...withArea, ...targetYears];
  if (all.length === 0) return [];
  const first = Math.min(...withArea, ...targetYears);
  const last = Math.max(...all);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

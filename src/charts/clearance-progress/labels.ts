import * as Plot from "@observablehq/plot";
import type { ClearanceTarget } from "../../lib/schemas/clearance.ts";
import type { ClearanceProjection } from "../../lib/clearanceProjection.ts";
import { formatDate, formatNumber } from "../../lib/format.ts";
import type { Edition } from "../../i18n/edition.ts";
import { colors } from "../parts/theme.ts";

/** The projection in words: "long" and "short" for the chart label, "tip" for its tooltip (the whole calculation). */
export function projectionLabel(
  projection: ClearanceProjection,
  form: "long" | "short" | "tip",
  edition: Edition,
): string {
  const t = edition.strings.charts.clearancePaceProgress;
  const from = String(projection.paceYears[0] ?? "");
  const to = String(projection.paceYears.at(-1) ?? "");
  const pace = formatNumber(Math.round(projection.pace), edition.locale);
  if (projection.completionYear === null || projection.yearsLeft === null) return t.neverAtThisPace;
  const year = String(projection.completionYear);
  if (form === "tip") {
    return t.projectionTip(
      formatNumber(projection.remaining, edition.locale),
      pace,
      formatNumber(Math.round(projection.yearsLeft * 10) / 10, edition.locale),
      year,
    );
  }
  return (form === "long" ? t.projection : t.projectionShort)(from, to, pace, year);
}

// The label along the rule stays short so it ends below the projection line; who said it is in the tooltip.
const deadlineKind = (target: ClearanceTarget, edition: Edition): string =>
  edition.strings.charts.clearancePaceProgress.shortNames[target.reportedBy] ??
  edition.strings.charts.clearancePaceProgress.deadlineWord;

/** Vertical rules at the stated end dates (end of the target year), one per year, labelled along the rule. */
export function deadlineMarks(
  targets: readonly ClearanceTarget[],
  edition: Edition,
): Plot.Markish[] {
  const t = edition.strings.charts.clearancePaceProgress;
  const byYear = new Map<number, ClearanceTarget[]>();
  for (const target of targets) {
    if (target.kind !== "completion") continue;
    byYear.set(target.targetYear, [...(byYear.get(target.targetYear) ?? []), target]);
  }
  const deadlines = [...byYear].map(([year, stated]) => ({
    date: new Date(Date.UTC(year + 1, 0, 1)),
    label: t.deadline(
      String(year),
      [...new Set(stated.map((target) => deadlineKind(target, edition)))].join(", "),
    ),
    tip: stated
      .map((target) =>
        [
          `${String(year)}: ${edition.text(target.statement)}`,
          formatDate(target.statedOn, edition.locale),
          target.note === undefined ? undefined : edition.text(target.note),
          target.derived === undefined ? undefined : edition.text(target.derived.method),
          `${edition.strings.ui.according} ${edition.text(target.reportedBy)}`,
        ]
          .filter((line): line is string => line !== undefined)
          .join("\n"),
      )
      .join("\n\n"),
  }));
  return [
    Plot.ruleX(deadlines, {
      x: "date",
      stroke: colors.reference,
      strokeWidth: 1.5,
      strokeDasharray: "2 3",
      title: "tip",
    }),
    Plot.text(deadlines, {
      x: "date",
      frameAnchor: "bottom",
      text: "label",
      rotate: -90,
      textAnchor: "start",
      dx: -5,
      dy: -6,
      fontSize: 12,
      fill: colors.reference,
    }),
  ];
}

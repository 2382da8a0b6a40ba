import { statedNumber } from "../parts/statedNumber.ts";
import * as Plot from "@observablehq/plot";
import type { ClearanceRunningTotal, ClearanceTarget } from "../../lib/schemas/clearance.ts";
import { formatNumber, formatTick, parseIsoDate } from "../../lib/format.ts";
import { endOfPeriodAsDecimalYear } from "../../lib/clearanceProjection.ts";
import { colors } from "../parts/theme.ts";
import { timeTick } from "../parts/timeTick.ts";
import { plotDefaults } from "../render/plotDefaults.ts";
import {
  decimalYearToDate,
  estimateHectares,
  primaryTotals,
  progressProjection,
  type ClearanceProgressData,
} from "./rows.ts";
import { deadlineMarks, projectionLabel } from "./labels.ts";
import { estimateLabel, estimateTip, totalTip } from "./tips.ts";
import type { ChartContext } from "../types.ts";

const dateOf = (row: ClearanceRunningTotal): Date => parseIsoDate(row.asOf);
const endOfYear = (year: number): Date => new Date(Date.UTC(year + 1, 0, 1));

/**
 * Land cleared since November 2020 (hectares, cumulative): the headline running totals, other bodies' totals
 * faintly, the latest estimate of the hazardous area as a reference line, cumulative targets, stated end dates,
 * and the site's own projection of when clearance would end at the recent pace, dashed and labelled as such.
 */
export function clearancePaceProgress(
  data: ClearanceProgressData,
  context: ChartContext,
): SVGSVGElement {
  const { edition } = context;
  const t = edition.strings.charts.clearancePaceProgress;
  const narrow = context.layout === "narrow";
  const primary = primaryTotals(data);
  const others = data.totals.filter((row) => !primary.includes(row) && row.hectares !== null);
  const latest = primary.at(-1);
  const projection = progressProjection(data);
  const estimate = data.estimate ? estimateHectares(data.estimate) : null;
  const cumulative = data.targets.filter(
    (target) => target.kind === "cumulative" && target.hectares !== null,
  );
  const completionYears = data.targets
    .filter((target) => target.kind === "completion")
    .map((target) => target.targetYear);
  const firstYear = Math.min(
    ...data.totals.map((row) => Number(row.asOf.slice(0, 4))),
    latest ? Number(latest.asOf.slice(0, 4)) : 2021,
  );
  const lastYear = Math.max(
    2030,
    ...completionYears,
    ...(projection?.completionYear !== null && projection?.completionYear !== undefined
      ? [projection.completionYear]
      : []),
  );
  const projectionLine =
    projection?.completion != null && latest && estimate !== null
      ? [
          {
            date: decimalYearToDate(endOfPeriodAsDecimalYear(latest.asOf)),
            hectares: latest.hectares ?? 0,
          },
          { date: decimalYearToDate(projection.completion), hectares: estimate },
        ]
      : [];
  const max = Math.max(estimate ?? 0, ...data.totals.map((row) => row.hectares ?? 0));
  const fontSize = narrow ? 12 : 13;

  return Plot.plot({
    ...plotDefaults(context, narrow ? 380 : 400),
    marginLeft: 52,
    marginTop: 40,
    x: {
      type: "utc",
      domain: [new Date(Date.UTC(firstYear, 0, 1)), endOfYear(lastYear)],
      ticks: narrow ? 4 : 8,
      tickFormat: (date: Date) => timeTick(date, edition.locale),
      label: null,
    },
    y: {
      domain: [0, max * 1.1],
      nice: true,
      grid: true,
      label: t.yLabel,
      labelAnchor: "top",
      labelArrow: "none",
      tickFormat: (v: number) => formatTick(v, edition.locale),
      ticks: narrow ? 4 : 6,
    },
    marks: [
      Plot.ruleY([0], { stroke: colors.ink }),
      ...deadlineMarks(data.targets, edition),
      ...(estimate !== null && data.estimate
        ? [
            Plot.ruleY([estimate], {
              stroke: colors.ink,
              strokeWidth: 1.5,
              title: () => estimateTip(data, edition),
            }),
            Plot.text([estimate], {
              y: (v: number) => v,
              frameAnchor: "left",
              text: () => estimateLabel(data, narrow, edition),
              textAnchor: "start",
              lineAnchor: "bottom",
              dx: 4,
              dy: -6,
              fontSize,
              fontWeight: 600,
              fill: colors.ink,
            }),
          ]
        : []),
      Plot.line(projectionLine, {
        x: "date",
        y: "hectares",
        stroke: colors.injured,
        strokeWidth: 2,
        strokeDasharray: "6 4",
      }),
      Plot.dot(projectionLine.slice(1), {
        x: "date",
        y: "hectares",
        r: 5,
        stroke: colors.injured,
        strokeWidth: 2,
        fill: colors.background,
        title: () => (projection ? projectionLabel(projection, "tip", edition) : ""),
      }),
      Plot.text(projectionLine.slice(1), {
        x: "date",
        y: "hectares",
        text: () =>
          projection ? projectionLabel(projection, narrow ? "short" : "long", edition) : "",
        textAnchor: "end",
        lineAnchor: "top",
        dx: -4,
        dy: 14,
        fontSize: 12,
        fill: colors.injured,
      }),
      Plot.dot(cumulative, {
        x: (target: ClearanceTarget) => endOfYear(target.targetYear),
        y: "hectares",
        symbol: "square",
        r: 4,
        stroke: colors.ink,
        fill: colors.background,
        title: (target: ClearanceTarget) =>
          `${t.targetTip(formatNumber(target.hectares ?? 0, edition.locale), String(target.targetYear))}\n${edition.text(target.statement)}\n${edition.strings.ui.according} ${edition.text(target.reportedBy)}`,
      }),
      Plot.text(projection?.completion === null && estimate !== null ? [estimate] : [], {
        y: (value: number) => value,
        frameAnchor: "right",
        text: () => t.neverAtThisPace,
        textAnchor: "end",
        lineAnchor: "top",
        dy: 8,
        fontSize: 12,
        fill: colors.injured,
      }),
      Plot.text(narrow ? [] : cumulative.slice(-1), {
        x: (target: ClearanceTarget) => endOfYear(target.targetYear),
        y: "hectares",
        text: () => t.cumulativeTarget,
        textAnchor: "start",
        dx: 8,
        dy: 8,
        fontSize: 12,
        fill: colors.ink,
      }),
      Plot.dot(others, {
        x: dateOf,
        y: (row: ClearanceRunningTotal) => row.hectares,
        r: 2.5,
        fill: colors.reference,
        fillOpacity: 0.55,
        title: (row: ClearanceRunningTotal) => totalTip(row, edition),
      }),
      Plot.line(primary, {
        x: dateOf,
        y: (row: ClearanceRunningTotal) => row.hectares,
        stroke: colors.injured,
        strokeWidth: 2,
      }),
      Plot.dot(primary, {
        x: dateOf,
        y: (row: ClearanceRunningTotal) => row.hectares,
        r: 4,
        fill: colors.injured,
        title: (row: ClearanceRunningTotal) => totalTip(row, edition),
      }),
      Plot.text(latest ? [latest] : [], {
        x: dateOf,
        y: (row: ClearanceRunningTotal) => row.hectares,
        // Narrow: two lines, so the label fits between the y axis and the point.
        text: (row: ClearanceRunningTotal) =>
          statedNumber(row.hectares ?? 0, row, "hectares", edition).replace(
            " ",
            narrow ? "\n" : " ",
          ),
        // Above and left of the latest point: the projection and the targets are to its right.
        textAnchor: "end",
        dx: -10,
        dy: -12,
        fontSize,
        fontWeight: 600,
        fill: colors.injured,
      }),
    ],
  }) as SVGSVGElement;
}

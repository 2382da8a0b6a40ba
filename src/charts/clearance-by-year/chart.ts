import * as Plot from "@observablehq/plot";
import type { ClearanceYear } from "../../lib/schemas/clearance.ts";
import { formatTick } from "../../lib/format.ts";
import { colors } from "../parts/theme.ts";
import { plotDefaults } from "../render/plotDefaults.ts";
import {
  axisYears,
  statedHectares,
  targetDashes,
  yearTip,
  type ClearanceByYearData,
} from "./rows.ts";
import { isPartYear } from "../parts/clearanceYear.ts";
import { markerKey, type MarkerKind } from "./key.ts";
import type { ChartContext } from "../types.ts";

const hectaresOf = (row: ClearanceYear): number => row.hectares ?? 0;

/**
 * Hectares cleared per calendar year (hectares per year): the headline series as bars (part-years outlined),
 * the year's official target as a dash, other bodies' figures as small markers by shape, and years without
 * a headline figure labelled instead of left blank.
 */
export function clearancePaceByYear(
  data: ClearanceByYearData,
  context: ChartContext,
): SVGSVGElement {
  const { edition } = context;
  const t = edition.strings.charts.clearancePaceByYear;
  const narrow = context.layout === "narrow";
  const years = axisYears(data);
  const rows = data.years.filter((row) => row.hectares !== null && years.includes(row.year));
  const primary = rows.filter((row) => row.primary);
  const others = rows.filter((row) => !row.primary);
  const dashes = targetDashes(data.targets, edition);
  const max = Math.max(1, ...rows.map(hectaresOf), ...dashes.map((dash) => dash.hectares));

  const base = plotDefaults(context, narrow ? 360 : 380);
  const marginLeft = 52;
  const key = markerKey(others, isPartYear, context, marginLeft, (height) => height + 30);
  const frame = context.width - marginLeft - (base.marginRight ?? 0);
  // Plot's band scale: step = frame / (n + padding), bandwidth = step × (1 − padding).
  const bandwidth = (frame / (years.length + 0.1)) * 0.9;
  const barShift = -bandwidth * 0.2;
  const markerShift = bandwidth * 0.32;
  const withHeadline = new Set(primary.map((row) => row.year));
  const withMarkers = new Set(others.map((row) => row.year));
  const unlabelled = years.filter((year) => !withHeadline.has(year));
  const noteFor = (year: number): string => (withMarkers.has(year) ? t.noTotal : t.noFigureYet);
  const fontSize = narrow ? 12 : 13;

  const markers = (kind: MarkerKind, partial: boolean): Plot.Markish =>
    Plot.dot(
      others.filter((row) => kind.matches(row) && isPartYear(row) === partial),
      {
        x: "year",
        y: hectaresOf,
        dx: markerShift,
        symbol: kind.symbol,
        r: 4.5,
        stroke: colors.ink,
        strokeWidth: 1.25,
        fill: partial ? colors.background : colors.reference,
        title: (row: ClearanceYear) => yearTip(row, edition),
      },
    );

  return Plot.plot({
    ...base,
    marginLeft,
    marginTop: key.height + 30,
    x: { type: "band", domain: years, label: null, tickSize: 0, tickFormat: String },
    y: {
      domain: [0, max * 1.12],
      nice: true,
      grid: true,
      label: null,
      tickFormat: (value: number) => formatTick(value, edition.locale),
      ticks: narrow ? 4 : 6,
    },
    marks: [
      Plot.barY(
        primary.filter((row) => !isPartYear(row)),
        {
          x: "year",
          y: hectaresOf,
          fill: colors.injured,
          insetRight: bandwidth * 0.4,
          title: (row: ClearanceYear) => yearTip(row, edition),
        },
      ),
      Plot.barY(primary.filter(isPartYear), {
        x: "year",
        y: hectaresOf,
        fill: colors.background,
        stroke: colors.injured,
        strokeDasharray: "4 2",
        strokeWidth: 1.5,
        insetRight: bandwidth * 0.4,
        title: (row: ClearanceYear) => yearTip(row, edition),
      }),
      Plot.ruleY([0], { stroke: colors.ink }),
      Plot.text(primary, {
        x: "year",
        y: hectaresOf,
        text: (row: ClearanceYear) =>
          isPartYear(row)
            ? `${statedHectares(row, edition)}\n${t.partYear}`
            : statedHectares(row, edition),
        dx: barShift,
        dy: -6,
        lineAnchor: "bottom",
        fontSize,
        fill: colors.ink,
      }),
      Plot.tickY(dashes, {
        x: "year",
        y: "hectares",
        stroke: colors.ink,
        strokeWidth: 2.5,
        strokeDasharray: "5 3",
        title: (dash: (typeof dashes)[number]) => dash.tip,
      }),
      Plot.text(
        dashes.filter((dash) => !withHeadline.has(dash.year)),
        {
          x: "year",
          y: "hectares",
          text: () => t.target,
          dy: -8,
          lineAnchor: "bottom",
          fontSize,
          fill: colors.ink,
        },
      ),
      ...key.kinds.flatMap((kind) => [markers(kind, false), markers(kind, true)]),
      Plot.text(
        unlabelled.filter((year) => withMarkers.has(year)),
        {
          x: (year: number) => year,
          frameAnchor: "top",
          text: noteFor,
          rotate: -90,
          textAnchor: "end",
          dx: barShift,
          dy: 4,
          fontSize: 12,
          fontStyle: "italic",
          fill: colors.reference,
        },
      ),
      Plot.text(
        unlabelled.filter((year) => !withMarkers.has(year)),
        {
          x: (year: number) => year,
          frameAnchor: "bottom",
          text: noteFor,
          rotate: -90,
          textAnchor: "start",
          dx: barShift,
          dy: -6,
          fontSize: 12,
          fontStyle: "italic",
          fill: colors.reference,
        },
      ),
      ...key.marks,
      // The axis title sits just above the plot, below the key (Plot would put it at the very top).
      Plot.text([t.yLabel], {
        frameAnchor: "top-left",
        dx: -marginLeft,
        dy: -14,
        text: (label: string) => label,
        textAnchor: "start",
        fontSize: 12,
        fill: colors.ink,
      }),
    ],
  }) as SVGSVGElement;
}

import * as Plot from "@observablehq/plot";
import { formatTick } from "../../lib/format.ts";
import { barLayout, LABEL_SIZE, type PlacedRow, type PlacedSegment } from "./barLayout.ts";
import { colors, fontSize } from "./theme.ts";
import type { ChartContext } from "../types.ts";
import type { BarRow, SegmentStyle } from "./barRow.ts";

/** Axis options of a bar-rows panel. */
export interface BarRowsOptions {
  /** Label under the x axis. */
  axisLabel: string;
  /** Largest value the axis must show (the axis is rounded up from it). */
  max: number;
  /** Keep row labels in a column left of the bars even in the narrow layout (for short labels). */
  labelColumn?: boolean;
}

const tones = { orange: colors.killed, blue: colors.injured, grey: colors.reference };
const styleKey = (style: SegmentStyle): string =>
  `${style.tone}/${style.fill}/${String(style.dashed ?? false)}`;
const valueOf = (p: PlacedRow): string => (p.row.kind === "bar" ? p.row.value : "");
const endOf = (p: PlacedRow): number =>
  p.row.kind === "bar" ? (p.row.segments.at(-1)?.x2 ?? 0) : 0;
const lastFill = (p: PlacedRow): SegmentStyle["fill"] | undefined =>
  p.row.kind === "bar" ? p.row.segments.at(-1)?.style.fill : undefined;

/**
 * Horizontal bars one per row, labelled in the reader's words (left of the bar when wide, above it when narrow),
 * each with its value as stated at the bar's end: the layout behind the contamination and items-found charts.
 */
export function barRows(
  rows: readonly BarRow[],
  options: BarRowsOptions,
  context: ChartContext,
): SVGSVGElement {
  const layout = barLayout(rows, options.max, context.width, context.layout, options.labelColumn);
  const above = layout.above;
  const { barHeight, barTop, marginLeft } = layout;
  const styles = [
    ...new Map(layout.segments.map((s) => [styleKey(s.segment.style), s.segment.style])),
  ];
  const ofKind = (kind: string): PlacedRow[] => layout.rows.filter((p) => p.row.kind === kind);
  const bars = ofKind("bar");
  const where = (place: string): PlacedRow[] => bars.filter((p) => p.place === place);
  const middle = (p: PlacedRow): number => barTop(p.top) + barHeight / 2;
  const label = (p: PlacedRow): string => p.row.label;
  const ticks = context.layout === "narrow" ? 3 : 5;

  return Plot.plot({
    width: context.width,
    height: layout.height,
    document: context.document,
    className: "chart-plot",
    style: { fontSize: `${String(fontSize[context.layout])}px`, overflow: "visible" },
    marginTop: 0,
    marginLeft,
    marginRight: layout.marginRight,
    marginBottom: layout.height - layout.bottom,
    x: { domain: [0, layout.max], label: null },
    y: { type: "identity", axis: null },
    marks: [
      Plot.gridX({
        ticks,
        stroke: colors.rule,
        strokeOpacity: 1,
        y1: layout.gridTop,
        y2: layout.bottom,
      }),
      ...styles.map(([key, style]) =>
        Plot.rect(
          layout.segments.filter((s) => styleKey(s.segment.style) === key),
          {
            x1: (s: PlacedSegment) => s.segment.x1,
            x2: (s: PlacedSegment) => s.segment.x2,
            y1: (s: PlacedSegment) => s.top,
            y2: (s: PlacedSegment) => s.top + barHeight,
            fill: style.fill === "none" ? colors.background : tones[style.tone],
            fillOpacity: style.fill === "light" ? 0.25 : 1,
            stroke: style.fill === "solid" ? "none" : tones[style.tone],
            strokeWidth: 1.25,
            ...(style.dashed ? { strokeDasharray: "4 2" } : {}),
            title: (s: PlacedSegment) => s.segment.tip,
          },
        ),
      ),
      Plot.ruleX([0], { stroke: colors.ink, y1: layout.gridTop, y2: layout.bottom }),
      Plot.axisX({
        ticks,
        tickFormat: (value: number) => formatTick(value, context.edition.locale),
        label: options.axisLabel,
        labelAnchor: "left",
        labelArrow: "none",
        labelOffset: 34,
        anchor: "bottom",
      }),
      Plot.text(layout.segmentLabels, {
        x: (s: PlacedSegment) => s.segment.x1,
        y: (s: PlacedSegment) => s.top + barHeight / 2,
        text: (s: PlacedSegment) => s.segment.label ?? "",
        textAnchor: "start",
        dx: 4,
        fontSize: 12,
        fill: (s: PlacedSegment) =>
          s.segment.style.fill === "solid" ? colors.background : colors.ink,
      }),
      Plot.text(where("outside"), {
        x: endOf,
        y: middle,
        text: valueOf,
        textAnchor: "start",
        dx: 6,
        fontSize: LABEL_SIZE,
        fill: colors.ink,
      }),
      Plot.text(where("inside"), {
        x: endOf,
        y: middle,
        text: valueOf,
        textAnchor: "end",
        dx: -6,
        fontSize: LABEL_SIZE,
        fill: (p: PlacedRow) => (lastFill(p) === "solid" ? colors.background : colors.ink),
      }),
      Plot.text(where("below"), {
        x: 0,
        y: (p: PlacedRow) => barTop(p.top) + barHeight + 11,
        text: valueOf,
        textAnchor: "start",
        fontSize: LABEL_SIZE,
        fill: colors.ink,
      }),
      Plot.text(bars, {
        x: 0,
        y: (p: PlacedRow) => (above ? p.top + 11 : middle(p)),
        text: label,
        textAnchor: above ? "start" : "end",
        dx: above ? -marginLeft : -8,
        fontSize: LABEL_SIZE,
        fill: colors.ink,
      }),
      Plot.text(ofKind("header"), {
        x: 0,
        y: (p: PlacedRow) => p.top + 18,
        text: label,
        textAnchor: "start",
        dx: -marginLeft,
        fontWeight: 700,
        fill: colors.ink,
      }),
      Plot.text(ofKind("note"), {
        x: 0,
        y: (p: PlacedRow) => p.top + 11,
        text: label,
        textAnchor: "start",
        dx: above ? -marginLeft : 0,
        fontSize: LABEL_SIZE,
        fontStyle: "italic",
        fill: colors.reference,
      }),
    ],
  }) as SVGSVGElement;
}

import { nice } from "d3";
import type { BarRow, BarSegment } from "./barRow.ts";
import type { Layout } from "../types.ts";
import { textWidth } from "./textMeasure.ts";

/** Font size of row labels and values, in pixels. */
export const LABEL_SIZE = 13;

/** A bar segment placed vertically (pixels). */
export interface PlacedSegment {
  segment: BarSegment;
  top: number;
}

/** Where a bar's value text goes: after the bar, inside its end, or on its own line below it. */
export type ValuePlace = "outside" | "inside" | "below";

/** A row placed vertically, with where its value text goes. */
export interface PlacedRow {
  row: BarRow;
  top: number;
  place: ValuePlace;
}

/** The geometry of a bar-rows panel, in pixels (x in data units where noted). */
export interface BarLayout {
  width: number;
  height: number;
  marginLeft: number;
  marginRight: number;
  /** Whether row labels sit above their bars (narrow layout, long labels) rather than in a column. */
  above: boolean;
  /** Where the bars end and the x axis starts. */
  bottom: number;
  /** Where the grid starts: just above the first bar, below any heading. */
  gridTop: number;
  /** Right end of the x domain (data units). */
  max: number;
  barHeight: number;
  rows: PlacedRow[];
  /** Top of the bar of a row that starts at `top`. */
  barTop: (top: number) => number;
  /** Segments whose own label fits inside them without touching the value text. */
  segmentLabels: PlacedSegment[];
  segments: PlacedSegment[];
}

const STEP = {
  narrow: { bar: 38, header: 26, note: 22, below: 16 },
  wide: { bar: 26, header: 28, note: 22, below: 16 },
};

/** Lays out bar rows: the label column (wide) or line (narrow), bar positions and where values fit. */
export function barLayout(
  rows: readonly BarRow[],
  max: number,
  width: number,
  layout: Layout,
  labelColumn = false,
): BarLayout {
  // Short labels (e.g. "AP mines") fit a column even when narrow; long ones go above the bar.
  const narrow = layout === "narrow" && !labelColumn;
  const step = STEP[narrow ? "narrow" : "wide"];
  const longestLabel = Math.max(
    0,
    ...rows.map((row) => (row.kind === "bar" ? textWidth(row.label, LABEL_SIZE) : 0)),
  );
  const marginLeft = narrow ? 8 : Math.min(Math.ceil(longestLabel + 16), width * 0.45);
  const marginRight = layout === "narrow" ? 16 : 24;
  const niceMax = max > 0 ? nice(0, max, 10)[1] : 1;
  const frame = width - marginLeft - marginRight;
  const px = (value: number): number => marginLeft + (value / niceMax) * frame;
  const barHeight = narrow ? 15 : 17;
  const barOffset = narrow ? 17 : 4;

  const place = (row: BarRow): ValuePlace => {
    if (row.kind !== "bar") return "outside";
    const start = px(row.segments[0]?.x1 ?? 0);
    const end = px(row.segments.at(-1)?.x2 ?? 0);
    const text = textWidth(row.value, LABEL_SIZE);
    if (end + 6 + text <= width - 2) return "outside";
    return text + 12 <= end - start ? "inside" : "below";
  };
  let cursor = 8;
  const placed: PlacedRow[] = rows.map((row) => {
    const top = cursor;
    const where = place(row);
    cursor += step[row.kind] + (where === "below" ? step.below : 0);
    return { row, top, place: where };
  });
  const barTop = (top: number): number => top + barOffset;
  const segments = placed.flatMap(({ row, top }) =>
    row.kind === "bar" ? row.segments.map((segment) => ({ segment, top: barTop(top) })) : [],
  );
  const segmentLabels = placed.flatMap(({ row, top, place: where }) => {
    if (row.kind !== "bar") return [];
    // An inside value text is right-aligned at the bar's end: a segment label must stop short of it.
    const end = px(row.segments.at(-1)?.x2 ?? 0);
    const limit = where === "inside" ? end - 6 - textWidth(row.value, LABEL_SIZE) - 6 : Infinity;
    return row.segments
      .filter(({ label, x1, x2 }) => {
        if (label === undefined) return false;
        const right = px(x1) + 4 + textWidth(label, 12);
        return right + 4 <= px(x2) && right <= limit;
      })
      .map((segment) => ({ segment, top: barTop(top) }));
  });
  return {
    width,
    above: narrow,
    height: cursor + 44,
    marginLeft,
    marginRight,
    bottom: cursor,
    gridTop: (placed.find((p) => p.row.kind === "bar")?.top ?? 0) + barOffset - 4,
    max: niceMax,
    barHeight,
    rows: placed,
    barTop,
    segmentLabels,
    segments,
  };
}

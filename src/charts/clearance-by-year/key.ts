import * as Plot from "@observablehq/plot";
import type { ClearanceYear } from "../../lib/schemas/clearance.ts";
import { textWidth } from "../parts/textMeasure.ts";
import { colors } from "../parts/theme.ts";
import type { ChartContext } from "../types.ts";

/** A shape of marker for the figures of one body (or of all bodies without a shape of their own). */
export interface MarkerKind {
  symbol: "circle" | "triangle" | "diamond" | "square";
  label: string;
  matches: (row: ClearanceYear) => boolean;
}

/** The marker shapes in use and a key that names them, drawn above the plot and wrapped to the width. */
export interface MarkerKey {
  kinds: MarkerKind[];
  /** Height of the key, in pixels. */
  height: number;
  marks: Plot.Markish[];
}

const LINE = 18;

/** Marker shapes of the bodies whose figures are not the headline series; any other body is a square. */
const MARKER_SYMBOLS: Partial<Record<string, MarkerKind["symbol"]>> = {
  ANAMA: "circle",
  "Ministry of Defence": "triangle",
  "Mine Action Review": "diamond",
};

/** The shapes for the bodies among `rows`, and their key: shapes, not colours, tell the bodies apart. */
export function markerKey(
  rows: readonly ClearanceYear[],
  isPartial: (row: ClearanceYear) => boolean,
  context: ChartContext,
  marginLeft: number,
  marginTop: (keyHeight: number) => number,
): MarkerKey {
  const t = context.edition.strings.charts.clearancePaceByYear;
  const bodies = [...new Set(rows.map((row) => row.reportedBy))];
  const known = bodies.filter((body) => t.markers[body] !== undefined);
  const kinds: MarkerKind[] = known.map((body) => ({
    symbol: MARKER_SYMBOLS[body] ?? "square",
    label: t.markers[body] ?? t.otherMarker,
    matches: (row) => row.reportedBy === body,
  }));
  if (known.length < bodies.length) {
    kinds.push({
      symbol: "square",
      label: t.otherMarker,
      matches: (row) => t.markers[row.reportedBy] === undefined,
    });
  }
  if (kinds.length === 0) return { kinds, height: 0, marks: [] };

  // Lay the key out like text: title, then "shape label" items, wrapping at the drawing width.
  const items: {
    x: number;
    line: number;
    kind: MarkerKind | null;
    text: string;
    hollow: boolean;
  }[] = [];
  let x = 0;
  let line = 0;
  const place = (kind: MarkerKind | null, text: string, hollow = false): void => {
    const width = (kind ? 14 : 0) + textWidth(text, 12) + 14;
    if (x > 0 && x + width > context.width) {
      x = 0;
      line += 1;
    }
    items.push({ x, line, kind, text, hollow });
    x += width;
  };
  place(null, t.keyTitle);
  for (const kind of kinds) place(kind, kind.label);
  const firstKind = kinds[0];
  if (firstKind && rows.some(isPartial)) place(firstKind, t.partYearKey, true);
  const height = (line + 1) * LINE;
  const top = marginTop(height);
  const y = (item: (typeof items)[number]): number => -top + 4 + item.line * LINE + LINE / 2;

  const marks = items.flatMap((item) => [
    ...(item.kind
      ? [
          Plot.dot([item], {
            frameAnchor: "top-left",
            dx: -marginLeft + item.x + 5,
            dy: y(item),
            symbol: item.kind.symbol,
            r: 4,
            stroke: colors.ink,
            fill: item.hollow ? colors.background : colors.reference,
          }),
        ]
      : []),
    Plot.text([item], {
      frameAnchor: "top-left",
      dx: -marginLeft + item.x + (item.kind ? 14 : 0),
      dy: y(item),
      text: () => item.text,
      textAnchor: "start",
      fontSize: 12,
      fill: colors.ink,
    }),
  ]);
  return { kinds, height, marks };
}

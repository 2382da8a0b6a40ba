// The data of a bar-rows panel, apart from how it is laid out (barLayout.ts) and drawn (barRows.ts).

/** How a bar segment is drawn: a tone and a fill, so that kinds differ without colour (solid, light, outline). */
export interface SegmentStyle {
  tone: "orange" | "blue" | "grey";
  fill: "solid" | "light" | "none";
  dashed?: boolean;
}

/** One piece of a horizontal bar, in data units along x. */
export interface BarSegment {
  x1: number;
  x2: number;
  style: SegmentStyle;
  /** Tooltip text (value, date, who says it). */
  tip: string;
  /** A short label drawn inside the segment when it fits. */
  label?: string;
}

/** A row of a bar-rows panel: a labelled bar, a group heading, or a line of text (e.g. "no breakdown published"). */
export type BarRow =
  | { kind: "bar"; label: string; value: string; segments: BarSegment[] }
  | { kind: "header"; label: string }
  | { kind: "note"; label: string };

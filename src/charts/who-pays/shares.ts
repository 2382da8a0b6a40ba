import * as Plot from "@observablehq/plot";
import type { FundingSplit } from "../../lib/schemas/funding.ts";
import { colors } from "../parts/theme.ts";
import { plotDefaults } from "../render/plotDefaults.ts";
import { splitTip, splitValueParts, splitWhen } from "./labels.ts";
import type { ChartContext } from "../types.ts";

/** One funding statement placed on the panel (y in pixels from the panel's top). */
interface Placed {
  row: FundingSplit;
  y: number;
  hasBar: boolean;
  values: string[];
}

/** A stretch of a 100% bar: the state's share, the international share, or the part no one stated. */
export interface ShareSegment {
  row: FundingSplit;
  kind: "state" | "international" | "not-stated";
  /** Percent of the whole, 0–100. */
  from: number;
  to: number;
}

/** The segments of a statement's 100% bar: only the shares it states; the rest is "not stated", never inferred. */
export function shareSegments(row: FundingSplit): ShareSegment[] {
  const national = row.nationalSharePercent;
  const international = row.internationalSharePercent;
  if (national === null && international === null) return [];
  const stateEnd = national ?? 0;
  const internationalStart = 100 - (international ?? 0);
  const segments: ShareSegment[] = [];
  if (national !== null) segments.push({ row, kind: "state", from: 0, to: stateEnd });
  if (internationalStart > stateEnd) {
    segments.push({ row, kind: "not-stated", from: stateEnd, to: internationalStart });
  }
  if (international !== null) {
    segments.push({ row, kind: "international", from: internationalStart, to: 100 });
  }
  return segments;
}

const HEADING = 22;
const BAR = 18;
const LINE = 17;
const PERIOD = 16;
const GAP = 14;

/** Panel: each statement of the state's and international shares, side by side, with who said it and when. */
export function whoPaysShares(rows: readonly FundingSplit[], context: ChartContext): SVGSVGElement {
  const { edition } = context;
  const t = edition.strings.charts.whoPays;
  const narrow = context.layout === "narrow";
  let y = HEADING + 8;
  // A value line longer than a phone's width wraps at the parenthesis: one more line.
  const split = (part: string): string[] =>
    narrow && part.length > 36 ? part.replace(" (", "\n(").split("\n") : [part];
  const placed: Placed[] = rows.map((row) => {
    const hasBar = shareSegments(row).length > 0;
    const values = splitValueParts(row, edition).flatMap(split);
    const item = { row, y, hasBar, values };
    y += HEADING + PERIOD + (hasBar ? BAR + 4 : 0) + values.length * LINE + GAP;
    return item;
  });
  const segments = placed.flatMap((p) => shareSegments(p.row).map((s) => ({ ...s, y: p.y })));
  const fill = (s: ShareSegment): string =>
    s.kind === "state"
      ? colors.injured
      : s.kind === "international"
        ? colors.killed
        : colors.background;
  // Line width in ems of 14 px text (bold runs a little wider).
  const ems = Math.floor((context.width - 8) / 15);

  return Plot.plot({
    ...plotDefaults(context, y),
    marginTop: 0,
    marginBottom: 0,
    marginLeft: 0,
    marginRight: narrow ? 4 : 8,
    x: { domain: [0, 100], axis: null },
    y: { type: "identity", axis: null },
    marks: [
      Plot.text([narrow ? t.splitPanelShort : t.splitPanel], {
        x: 0,
        y: () => HEADING / 2,
        textAnchor: "start",
        fontWeight: 700,
        fill: colors.ink,
      }),
      Plot.text(placed, {
        x: 0,
        y: (p: Placed) => p.y + HEADING / 2,
        text: (p: Placed) => edition.text(p.row.reportedBy),
        textAnchor: "start",
        fontWeight: 600,
        fill: colors.ink,
        lineWidth: ems,
        textOverflow: "ellipsis",
        title: (p: Placed) => splitTip(p.row, edition),
      }),
      Plot.text(placed, {
        x: 0,
        y: (p: Placed) => p.y + HEADING + PERIOD / 2 - 4,
        text: (p: Placed) => splitWhen(p.row, edition),
        textAnchor: "start",
        fill: colors.reference,
        fontSize: 13,
        lineWidth: ems,
        textOverflow: "ellipsis",
      }),
      Plot.rect(segments, {
        x1: "from",
        x2: "to",
        y1: (s: { y: number }) => s.y + HEADING + PERIOD,
        y2: (s: { y: number }) => s.y + HEADING + PERIOD + BAR,
        fill,
        stroke: (s: ShareSegment) => (s.kind === "not-stated" ? colors.reference : "none"),
        strokeDasharray: "3 3",
        insetRight: 1,
        title: (s: ShareSegment) => splitTip(s.row, edition),
      }),
      Plot.text(placed, {
        x: 0,
        y: (p: Placed) => p.y + HEADING + PERIOD + (p.hasBar ? BAR + 4 : 0) + 2,
        text: (p: Placed) => p.values.join("\n"),
        textAnchor: "start",
        lineAnchor: "top",
        lineHeight: LINE / 13,
        fill: colors.ink,
        fontSize: 13,
      }),
    ],
  }) as SVGSVGElement;
}

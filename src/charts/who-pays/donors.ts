import * as Plot from "@observablehq/plot";
import type { DonorContribution } from "../../lib/schemas/funding.ts";
import { colors } from "../parts/theme.ts";
import { plotDefaults } from "../render/plotDefaults.ts";
import { donorAmount, donorName, donorTip, isCumulative } from "./labels.ts";
import type { ChartContext } from "../types.ts";

const HEADING = 26;
const NAME = 18;
const BAR = 14;
const GAP = 12;
/** Estimated width of one character of a 13 px label, in pixels (generous, so labels never collide). */
const CHAR = 7.8;

interface Placed {
  row: DonorContribution;
  y: number;
}

/** Donors ranked by amount, largest first; ties by date, then name. */
export function rankDonors(rows: readonly DonorContribution[]): DonorContribution[] {
  return [...rows].sort(
    (a, b) =>
      (b.amount ?? 0) - (a.amount ?? 0) ||
      a.date.localeCompare(b.date) ||
      a.donor.localeCompare(b.donor),
  );
}

/**
 * Panel: contributions stated in one currency, under `heading`, as ranked bars on their own scale (amount in that
 * currency); with `heading` null, the donors whose amount is not published, listed without bars.
 */
export function whoPaysDonors(
  rows: readonly DonorContribution[],
  heading: string | null,
  context: ChartContext,
): SVGSVGElement {
  // Without a heading the rows are the donors whose amount is not published.
  const listOnly = heading === null;
  const { edition } = context;
  const t = edition.strings.charts.whoPays;
  const ranked = rankDonors(rows);
  const narrow = context.layout === "narrow";
  // On a phone the name sits above its bar; on wider screens in a column to its left.
  const nameColumn = narrow || listOnly ? 0 : Math.round(context.width * 0.42);
  const rowHeight = listOnly ? NAME + GAP / 2 : narrow ? NAME + BAR + GAP : NAME + GAP / 2;
  const barTop = narrow ? NAME : (NAME - BAR) / 2;
  const placed: Placed[] = ranked.map((row, i) => ({ row, y: HEADING + i * rowHeight }));
  const width = context.width - 8 - nameColumn;
  // Pixels per unit of money: the largest scale at which every bar still has room for its label.
  const perUnit = Math.max(
    1e-12,
    Math.min(
      ...ranked.map(
        (row) => (width - (donorAmount(row, edition).length + 1) * CHAR) / (row.amount ?? 1),
      ),
    ),
  );
  const fill = (row: DonorContribution): string =>
    row.donorKind === "state-budget" ? colors.injured : colors.killed;

  const bar = {
    x1: 0,
    x2: (p: Placed) => p.row.amount,
    y1: (p: Placed) => p.y + barTop,
    y2: (p: Placed) => p.y + barTop + BAR,
    title: (p: Placed) => donorTip(p.row, edition),
  };

  return Plot.plot({
    ...plotDefaults(context, HEADING + ranked.length * rowHeight),
    marginTop: 0,
    marginBottom: 0,
    marginLeft: nameColumn,
    marginRight: 8,
    x: { domain: [0, width / perUnit], axis: null },
    y: { type: "identity", axis: null },
    marks: [
      Plot.text([heading ?? t.notPublishedGroup], {
        x: 0,
        dx: -nameColumn,
        lineWidth: Math.floor((context.width - 8) / 15),
        textOverflow: "ellipsis",
        y: () => HEADING / 2,
        textAnchor: "start",
        fontWeight: 700,
        fill: colors.ink,
      }),
      Plot.text(placed, {
        x: 0,
        dx: -nameColumn,
        y: (p: Placed) => p.y + NAME / 2,
        text: (p: Placed) =>
          listOnly ? `${donorName(p.row, edition)}: ${t.notPublished}` : donorName(p.row, edition),
        textAnchor: "start",
        fill: colors.ink,
        lineWidth: Math.floor(((nameColumn || context.width) - 16) / 14),
        textOverflow: "ellipsis",
        title: (p: Placed) => (listOnly ? donorTip(p.row, edition) : null),
      }),
      ...(listOnly
        ? []
        : [
            Plot.rect(
              placed.filter((p) => !isCumulative(p.row)),
              { ...bar, fill: (p: Placed) => fill(p.row) },
            ),
            // A cumulative total includes other rows: outlined so it is not read as one more grant.
            Plot.rect(
              placed.filter((p) => isCumulative(p.row)),
              {
                ...bar,
                fill: colors.background,
                stroke: (p: Placed) => fill(p.row),
                strokeDasharray: "4 2",
                inset: 0.75,
              },
            ),
            Plot.text(placed, {
              x: (p: Placed) => p.row.amount,
              y: (p: Placed) => p.y + barTop + BAR / 2,
              dx: 5,
              text: (p: Placed) => donorAmount(p.row, edition),
              textAnchor: "start",
              fontSize: 13,
              fontWeight: 600,
              fill: colors.ink,
            }),
          ]),
    ],
  }) as SVGSVGElement;
}

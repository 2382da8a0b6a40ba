import * as Plot from "@observablehq/plot";
import type { CasualtyRunningTotal } from "../../lib/schemas/casualties.ts";
import { formatDate, formatNumber } from "../../lib/format.ts";
import { colors } from "../parts/theme.ts";
import { plotDefaults } from "../render/plotDefaults.ts";
import type { ChartContext } from "../types.ts";

/** One of the four numbers of a civilian/military, killed/injured split (people, cumulative). */
export interface HurtCell {
  outcome: "killed" | "injured";
  group: "civilians" | "military";
  people: number;
  /** The running-total field the number comes from. */
  field: "killedCivilian" | "killedMilitary" | "injuredCivilian" | "injuredMilitary";
}

/** A running total with all four split fields present. */
export type SplitRow = CasualtyRunningTotal & {
  killedCivilian: number;
  killedMilitary: number;
  injuredCivilian: number;
  injuredMilitary: number;
};

/** Whether a running total gives civilians and military for both the killed and the injured. */
export function hasFullSplit(row: CasualtyRunningTotal): row is SplitRow {
  return (
    row.killedCivilian !== null &&
    row.killedMilitary !== null &&
    row.injuredCivilian !== null &&
    row.injuredMilitary !== null
  );
}

/** The latest running total (by date, then file order) that has all four split fields, or undefined. */
export function latestSplit(rows: readonly CasualtyRunningTotal[]): SplitRow | undefined {
  const split = rows.filter(hasFullSplit);
  // A stable sort keeps file order among rows of the same date; the last of those wins.
  return [...split].sort((a, b) => a.asOf.localeCompare(b.asOf)).at(-1);
}

/** The four numbers of a split row, in reading order: killed civilians, killed military, injured civilians, injured military. */
export function hurtCells(row: SplitRow): HurtCell[] {
  return [
    { outcome: "killed", group: "civilians", people: row.killedCivilian, field: "killedCivilian" },
    { outcome: "killed", group: "military", people: row.killedMilitary, field: "killedMilitary" },
    {
      outcome: "injured",
      group: "civilians",
      people: row.injuredCivilian,
      field: "injuredCivilian",
    },
    {
      outcome: "injured",
      group: "military",
      people: row.injuredMilitary,
      field: "injuredMilitary",
    },
  ];
}

const cellKey = (cell: HurtCell): string => `${cell.outcome}:${cell.group}`;

/**
 * Civilians and military personnel killed and injured by mines since the 10 November 2020 ceasefire
 * (people, cumulative), from one running total: grouped horizontal bars with direct labels.
 */
export function whoIsHurt(row: SplitRow | null, context: ChartContext): SVGSVGElement {
  const { edition } = context;
  const t = edition.strings.charts.whoIsHurt;
  const narrow = context.layout === "narrow";
  if (!row) {
    return Plot.plot({
      ...plotDefaults(context, 60),
      marks: [
        Plot.text([t.noSplit], { frameAnchor: "middle", fill: colors.reference, lineWidth: 20 }),
      ],
    }) as SVGSVGElement;
  }
  const cells = hurtCells(row);
  const date = formatDate(row.asOf, edition.locale);
  const outcomes = ["killed", "injured"] as const;
  const domain = outcomes.flatMap((o) => [`h:${o}`, `${o}:civilians`, `${o}:military`]);
  const max = Math.max(...cells.map((cell) => cell.people));
  const groupLabel = (cell: HurtCell): string =>
    cell.group === "civilians" ? t.civilians : t.military;
  const outcomeLabel = (o: (typeof outcomes)[number]): string => {
    const name = o === "killed" ? t.killed : t.injured;
    const total = o === "killed" ? row.killed : row.injured;
    return total === null ? name : t.groupTotal(name, formatNumber(total, edition.locale));
  };
  const tip = (cell: HurtCell): string =>
    t.tip(
      groupLabel(cell),
      cell.outcome === "killed" ? t.killed : t.injured,
      formatNumber(cell.people, edition.locale),
      date,
      edition.text(row.reportedBy),
    );
  const caption = t.asOf(date, edition.text(row.reportedBy));
  // Room for the caption: Plot wraps it at `lineWidth` ems; two lines on a phone.
  const captionLines = narrow ? 2 : 1;
  const rowHeight = 32;
  const marginLeft = narrow ? 80 : 96;

  return Plot.plot({
    ...plotDefaults(context, domain.length * rowHeight + 16 + captionLines * 18),
    marginLeft,
    marginTop: 8 + captionLines * 18,
    marginBottom: 8,
    x: { domain: [0, max * (narrow ? 1.35 : 1.2)], axis: null },
    y: {
      domain,
      label: null,
      tickSize: 0,
      padding: 0.25,
      tickFormat: (key: string) =>
        key.startsWith("h:") ? "" : key.endsWith("civilians") ? t.civilians : t.military,
    },
    marks: [
      Plot.text([caption], {
        frameAnchor: "top-left",
        dx: -marginLeft,
        dy: -captionLines * 18 - 4,
        lineAnchor: "top",
        lineWidth: narrow ? 24 : 60,
        fill: colors.reference,
        fontSize: 13,
      }),
      Plot.text(outcomes, {
        y: (o: string) => `h:${o}`,
        x: 0,
        dx: -marginLeft,
        text: outcomeLabel,
        textAnchor: "start",
        fontWeight: 600,
        fill: (o: string) => (o === "killed" ? colors.killed : colors.injured),
      }),
      Plot.barX(cells, {
        y: cellKey,
        x: "people",
        fill: (cell: HurtCell) => (cell.outcome === "killed" ? colors.killed : colors.injured),
        // Military bars are lighter so the two groups differ without relying on the labels alone.
        fillOpacity: (cell: HurtCell) => (cell.group === "military" ? 0.55 : 1),
        title: tip,
      }),
      Plot.tickX(cells, { y: cellKey, x: 0, stroke: colors.ink }),
      Plot.text(cells, {
        y: cellKey,
        x: "people",
        dx: 6,
        text: (cell: HurtCell) => formatNumber(cell.people, edition.locale),
        textAnchor: "start",
        fill: colors.ink,
        fontWeight: 600,
      }),
    ],
  }) as SVGSVGElement;
}

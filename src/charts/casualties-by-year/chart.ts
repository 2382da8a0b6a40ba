import * as Plot from "@observablehq/plot";
import type { CasualtyYear } from "../../lib/schemas/casualties.ts";
import { colors } from "../parts/theme.ts";
import { plotDefaults } from "../render/plotDefaults.ts";
import { yearSlots, type YearSlot } from "./rows.ts";
import { yearLabel, yearTip } from "./labels.ts";
import type { ChartContext } from "../types.ts";

/** Band key of a year row; group headings get their own rows ("h:<series>"). */
const yearKey = (slot: YearSlot): string => String(slot.year);
const headingKey = (series: YearSlot["series"]): string => `h:${series}`;

/** Height of one row (year or heading) in pixels. */
const ROW = 36;

/** The length a slot's bar is drawn at, or null when it has no total to draw. */
function barValue(slot: YearSlot): number | null {
  return slot.shown?.total ?? null;
}

/**
 * People killed or injured by mines per calendar year (people per year): one horizontal bar per year, full years
 * solid, partial years outlined and labelled with the months covered, injured-only years as a dot, years without a
 * row marked "no figure", and the pre-2020 Landmine Monitor years muted in a group of their own.
 */
export function casualtiesByYear(
  rows: readonly CasualtyYear[],
  context: ChartContext,
): SVGSVGElement {
  const { edition } = context;
  const t = edition.strings.charts.casualtiesByYear;
  const narrow = context.layout === "narrow";
  const slots = yearSlots(rows);
  const groups = [...new Set(slots.map((slot) => slot.series))];
  const domain = groups.flatMap((series) => [
    headingKey(series),
    ...slots.filter((slot) => slot.series === series).map(yearKey),
  ]);
  const full = slots.filter((s) => s.shown?.coverage === "full" && barValue(s) !== null);
  const partial = slots.filter((s) => s.shown?.coverage === "partial" && barValue(s) !== null);
  const injuredOnly = slots.filter(
    (s) => s.shown !== null && barValue(s) === null && s.shown.injured !== null,
  );
  const max = Math.max(1, ...slots.map((s) => barValue(s) ?? s.shown?.injured ?? 0));
  // On a phone the group labels break before the parenthesis, into the heading row's two lines.
  const heading = (series: YearSlot["series"]): string => {
    const label = series === "landmine-monitor" ? t.baselineGroup : t.postWarGroup;
    return narrow ? label.replace(" (", "\n(") : label;
  };
  const marginLeft = 48;

  return Plot.plot({
    ...plotDefaults(context, domain.length * ROW + 16),
    marginLeft,
    marginTop: 8,
    marginBottom: 8,
    x: { domain: [0, max * (narrow ? 2.1 : 1.6)], axis: null },
    y: {
      domain,
      label: null,
      tickSize: 0,
      padding: 0.3,
      tickFormat: (key: string) => (key.startsWith("h:") ? "" : key),
    },
    marks: [
      // A rule above each group after the first separates the pre-war baseline from the post-war years.
      Plot.ruleY(groups.slice(1).map(headingKey), {
        y: (key: string) => key,
        dy: -ROW / 2 + 1,
        x1: -max * 0.5,
        x2: max * (narrow ? 2.1 : 1.6),
        stroke: colors.rule,
        insetLeft: -marginLeft,
      }),
      Plot.text(groups, {
        y: headingKey,
        x: 0,
        dx: -marginLeft,
        text: heading,
        textAnchor: "start",
        lineHeight: 1.1,
        dy: narrow ? 4 : 0,
        fontWeight: 600,
        fill: colors.ink,
      }),
      Plot.tickX(slots, { y: yearKey, x: 0, stroke: colors.ink }),
      Plot.barX(full, {
        y: yearKey,
        x: barValue,
        fill: (s: YearSlot) => (s.series === "landmine-monitor" ? colors.reference : colors.ink),
        fillOpacity: (s: YearSlot) => (s.series === "landmine-monitor" ? 0.6 : 1),
        title: (s: YearSlot) => yearTip(s, edition),
      }),
      Plot.barX(partial, {
        y: yearKey,
        x: barValue,
        fill: colors.background,
        stroke: colors.ink,
        strokeWidth: 1.5,
        strokeDasharray: "4 2",
        inset: 0.75,
        title: (s: YearSlot) => yearTip(s, edition),
      }),
      Plot.ruleY(injuredOnly, {
        y: yearKey,
        x1: 0,
        x2: (s: YearSlot) => s.shown?.injured ?? 0,
        stroke: colors.injured,
        strokeDasharray: "2 3",
      }),
      Plot.dot(injuredOnly, {
        y: yearKey,
        x: (s: YearSlot) => s.shown?.injured ?? 0,
        symbol: "square",
        r: 4,
        fill: colors.injured,
        title: (s: YearSlot) => yearTip(s, edition),
      }),
      Plot.text(slots, {
        y: yearKey,
        x: (s: YearSlot) => barValue(s) ?? s.shown?.injured ?? 0,
        dx: 6,
        text: (s: YearSlot) => yearLabel(s, edition),
        textAnchor: "start",
        lineHeight: 1.1,
        fill: (s: YearSlot) =>
          barValue(s) === null && !s.shown?.injured ? colors.reference : colors.ink,
        title: (s: YearSlot) => (s.shown ? null : yearTip(s, edition)),
      }),
    ],
  }) as SVGSVGElement;
}

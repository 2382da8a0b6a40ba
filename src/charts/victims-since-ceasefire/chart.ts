import * as Plot from "@observablehq/plot";
import type { CasualtyRunningTotal } from "../../lib/schemas/casualties.ts";
import { formatDate, formatNumber, formatTick, parseIsoDate } from "../../lib/format.ts";
import type { Edition } from "../../i18n/edition.ts";
import { statedNumber } from "../parts/statedNumber.ts";
import { timeTick } from "../parts/timeTick.ts";
import { colors } from "../parts/theme.ts";
import { plotDefaults } from "../render/plotDefaults.ts";
import type { ChartContext } from "../types.ts";

/** A running-total report placed in time. */
interface Report {
  date: Date;
  row: CasualtyRunningTotal;
}

/** A stretch between two consecutive reports longer than `GAP_DAYS`: drawn as "no report". */
export interface ReportGap {
  start: Date;
  end: Date;
  days: number;
}

/** Stretches longer than this many days without any report are marked on the chart. */
export const GAP_DAYS = 150;

/** The stretches of more than GAP_DAYS days between consecutive reports (days, UTC). */
export function reportGaps(rows: readonly CasualtyRunningTotal[]): ReportGap[] {
  const dates = [...new Set(rows.map((row) => row.asOf))].sort().map(parseIsoDate);
  const gaps: ReportGap[] = [];
  for (let index = 1; index < dates.length; index += 1) {
    const start = dates[index - 1];
    const end = dates[index];
    if (!start || !end) continue;
    const days = Math.round((end.getTime() - start.getTime()) / 86_400_000);
    if (days > GAP_DAYS) gaps.push({ start, end, days });
  }
  return gaps;
}

/** The tooltip of one report: date, values with the source's qualifiers, and who reported it. */
export function reportTip(row: CasualtyRunningTotal, edition: Edition): string {
  const t = edition.strings.charts.victimsSinceCeasefire;
  // Each number as the source qualifies it ("about 200", "more than 140").
  const stated = (field: "total" | "killed" | "injured", label: string): string | null => {
    const value = row[field];
    return value === null ? null : `${label}: ${statedNumber(value, row, field, edition)}`;
  };
  const parts = [
    stated("total", t.total),
    stated("killed", t.killed),
    stated("injured", t.injured),
  ].filter((part): part is string => part !== null);
  return `${formatDate(row.asOf, edition.locale)}\n${parts.join(" · ")}\n${edition.strings.ui.according} ${edition.text(row.reportedBy)}`;
}

/** Running totals of people killed and injured by mines since the 10 November 2020 ceasefire (people, cumulative). */
export function victimsSinceCeasefire(
  rows: readonly CasualtyRunningTotal[],
  context: ChartContext,
): SVGSVGElement {
  const { edition } = context;
  const t = edition.strings.charts.victimsSinceCeasefire;
  const reports: Report[] = rows.map((row) => ({ date: parseIsoDate(row.asOf), row }));
  const totals = reports.filter((report) => report.row.total !== null);
  const split = reports.filter(
    (report) => report.row.killed !== null && report.row.injured !== null,
  );
  const gaps = reportGaps(rows);
  const narrow = context.layout === "narrow";
  const last = (series: Report[]): Report[] => series.slice(-1);

  return Plot.plot({
    ...plotDefaults(context, narrow ? 340 : 380),
    marginRight: narrow ? 92 : 104,
    // Whole years only; every other year on a phone, so the labels never touch.
    x: {
      type: "utc",
      ticks: narrow ? "2 years" : "1 year",
      tickFormat: (date: Date) => timeTick(date, edition.locale),
      label: null,
    },
    y: {
      grid: true,
      tickFormat: (value: number) => formatTick(value, edition.locale),
      label: t.yLabel,
      labelAnchor: "top",
      labelArrow: "none",
      nice: true,
      zero: true,
    },
    marks: [
      Plot.rect(gaps, { x1: "start", x2: "end", fill: colors.rule, fillOpacity: 0.35 }),
      Plot.text(gaps, {
        x: (gap: ReportGap) => new Date((gap.start.getTime() + gap.end.getTime()) / 2),
        frameAnchor: "bottom",
        dy: -4,
        text: () => t.noReport,
        fill: colors.reference,
        fontSize: 12,
      }),
      Plot.ruleY([0], { stroke: colors.ink }),
      // No lines between reports: consecutive points often come from different bodies, so a line would invent
      // one series and an even rise between reports.
      Plot.dot(totals, {
        x: "date",
        y: (r: Report) => r.row.total,
        r: 3.5,
        stroke: colors.ink,
        fill: colors.background,
        strokeWidth: 1.5,
        title: (r: Report) => reportTip(r.row, edition),
      }),
      Plot.dot(split, {
        x: "date",
        y: (r: Report) => r.row.injured,
        symbol: "square",
        r: 3,
        fill: colors.injured,
        title: (r: Report) => reportTip(r.row, edition),
      }),
      Plot.dot(split, {
        x: "date",
        y: (r: Report) => r.row.killed,
        symbol: "triangle",
        r: 3.5,
        fill: colors.killed,
        title: (r: Report) => reportTip(r.row, edition),
      }),
      Plot.text(last(totals), {
        x: "date",
        y: (r: Report) => r.row.total,
        text: (r: Report) => `${t.total} ${formatNumber(r.row.total ?? 0, edition.locale)}`,
        textAnchor: "start",
        dx: 8,
        fill: colors.ink,
        fontWeight: 600,
      }),
      Plot.text(last(split), {
        x: "date",
        y: (r: Report) => r.row.injured,
        text: (r: Report) => `${t.injured} ${formatNumber(r.row.injured ?? 0, edition.locale)}`,
        textAnchor: "start",
        dx: 8,
        fill: colors.injured,
        fontWeight: 600,
      }),
      Plot.text(last(split), {
        x: "date",
        y: (r: Report) => r.row.killed,
        text: (r: Report) => `${t.killed} ${formatNumber(r.row.killed ?? 0, edition.locale)}`,
        textAnchor: "start",
        dx: 8,
        fill: colors.killed,
        fontWeight: 600,
      }),
    ],
  }) as SVGSVGElement;
}

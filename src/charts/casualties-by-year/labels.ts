import type { CasualtyYear } from "../../lib/schemas/casualties.ts";
import { formatNumber, parseIsoDate } from "../../lib/format.ts";
import type { Edition } from "../../i18n/edition.ts";
import type { YearSlot } from "./rows.ts";

function monthName(date: Date, month: "short" | "long", locale: string): string {
  return new Intl.DateTimeFormat(locale, { month, timeZone: "UTC" }).format(date);
}

function dayMonth(date: Date, month: "short" | "long", locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: "numeric", month, timeZone: "UTC" }).format(date);
}

/** The months a row covers: "Jan–Jul" (short) or "January–July" (long); days are named when a period starts or ends mid-month. */
export function periodLabel(
  row: CasualtyYear,
  locale: string,
  month: "short" | "long" = "short",
): string {
  const start = parseIsoDate(row.periodStart);
  const end = parseIsoDate(row.periodEnd);
  const nextDay = new Date(end.getTime() + 86_400_000);
  const wholeMonths =
    start.getUTCDate() === 1 && nextDay.getUTCDate() === 1 && row.periodEnd.length === 10;
  if (!wholeMonths) return `${dayMonth(start, month, locale)}–${dayMonth(end, month, locale)}`;
  if (start.getUTCMonth() === end.getUTCMonth()) return monthName(start, month, locale);
  return `${monthName(start, month, locale)}–${monthName(end, month, locale)}`;
}

/** The text beside a year's bar: the value, the months covered if partial, and what is missing. */
export function yearLabel(slot: YearSlot, edition: Edition): string {
  const t = edition.strings.charts.casualtiesByYear;
  const row = slot.shown;
  if (!row) return t.noFigure;
  if (row.total === null) {
    return row.injured === null
      ? t.noFigure
      : `${t.injuredOnly(formatNumber(row.injured, edition.locale))}\n${t.totalNotPublished}`;
  }
  const value = formatNumber(row.total, edition.locale);
  if (row.coverage === "full") return row.derived ? `${value} (${t.siteSum})` : value;
  const missing = row.derived ? `${t.siteSum} · ${t.noFullYear}` : t.noFullYear;
  return `${value} · ${t.partialOnly(periodLabel(row, edition.locale))}\n${missing}`;
}

/** One row as a tooltip line: period, values and who reported it. */
function rowLine(row: CasualtyYear, edition: Edition): string {
  const t = edition.strings.charts.casualtiesByYear;
  const parts = [
    row.total !== null ? `${t.total}: ${formatNumber(row.total, edition.locale)}` : null,
    row.killed !== null ? `${t.killed}: ${formatNumber(row.killed, edition.locale)}` : null,
    row.injured !== null ? `${t.injured}: ${formatNumber(row.injured, edition.locale)}` : null,
  ].filter((part): part is string => part !== null);
  return parts.join(" · ");
}

/** The tooltip of one year: the row drawn, who says it, and every other row reported for that year. */
export function yearTip(slot: YearSlot, edition: Edition): string {
  const t = edition.strings.charts.casualtiesByYear;
  const row = slot.shown;
  if (!row) return t.noRowTip(String(slot.year));
  const when =
    row.coverage === "full"
      ? String(slot.year)
      : `${String(slot.year)}, ${periodLabel(row, edition.locale, "long")}`;
  const lines = [
    when,
    rowLine(row, edition),
    `${edition.strings.ui.according} ${edition.text(row.reportedBy)}`,
  ];
  if (row.derived) lines.push(t.siteSumTip);
  if (slot.others.length > 0) {
    lines.push(t.alsoReported);
    for (const other of slot.others) {
      const period =
        other.coverage === "full" ? String(other.year) : periodLabel(other, edition.locale, "long");
      lines.push(`${period}: ${rowLine(other, edition)} (${edition.text(other.reportedBy)})`);
    }
  }
  return lines.join("\n");
}

import type { CasualtyYear } from "../../lib/schemas/casualties.ts";
import { formatNumber } from "../../lib/format.ts";
import type { Edition } from "../../i18n/edition.ts";
import { cellSources } from "../parts/cellSources.ts";
import { defineChart } from "../types.ts";
import { casualtiesByYear } from "./chart.ts";
import { yearSlots } from "./rows.ts";
import { uniqueReporters, uniqueSources } from "../parts/uniqueSources.ts";

/** Joins words as "a, b and c". */
function listWords(words: readonly string[], and: string): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${and} ${words.at(-1) ?? ""}`;
}

/** The text alternative: the baseline range, the part-year years, the full-year totals and any injured-only year. */
export function casualtiesByYearAlt(rows: readonly CasualtyYear[], edition: Edition): string {
  const t = edition.strings.charts.casualtiesByYear;
  const slots = yearSlots(rows);
  const sentences: string[] = [];
  const baseline = slots.filter((s) => s.series === "landmine-monitor" && s.shown?.total != null);
  const totals = baseline.map((s) => s.shown?.total ?? 0);
  const [first, last] = [baseline[0], baseline.at(-1)];
  if (first && last) {
    sentences.push(
      t.altBaseline(
        String(first.year),
        String(last.year),
        formatNumber(Math.min(...totals), edition.locale),
        formatNumber(Math.max(...totals), edition.locale),
      ),
    );
  }
  const post = slots.filter((s) => s.series === "post-2020");
  const partial = post.filter((s) => s.shown?.coverage === "partial").map((s) => String(s.year));
  if (partial.length > 0) sentences.push(t.altPartial(listWords(partial, t.and)));
  const full = post.flatMap((s) =>
    s.shown?.coverage === "full" && s.shown.total !== null
      ? [t.altFullItem(formatNumber(s.shown.total, edition.locale), String(s.year))]
      : [],
  );
  if (full.length > 0) sentences.push(t.altFull(listWords(full, t.and)));
  for (const s of post) {
    if (s.shown && s.shown.total === null && s.shown.injured !== null) {
      sentences.push(
        t.altInjuredOnly(String(s.year), formatNumber(s.shown.injured, edition.locale)),
      );
    }
  }
  return sentences.join(" ");
}

/** Registry entry: mine victims per calendar year, pre-2020 Landmine Monitor baseline and post-war counts. */
export const casualtiesByYearSpec = defineChart<CasualtyYear[]>({
  id: "casualties-by-year",
  section: "toll",
  text: (edition) => edition.strings.charts.casualtiesByYear,
  select: (datasets) => [...datasets.casualtiesByYear],
  render: casualtiesByYear,
  altText: casualtiesByYearAlt,
  table: (
    rows,
    {
      text,
      strings: {
        charts: { casualtiesByYear: t },
      },
    },
  ) => {
    const shown = new Set(yearSlots(rows).map((slot) => slot.shown));
    return {
      columns: [
        { key: "year", label: t.columns.year, format: "text" },
        { key: "periodStart", label: t.columns.periodStart, format: "date" },
        { key: "periodEnd", label: t.columns.periodEnd, format: "date" },
        { key: "coverage", label: t.columns.coverage, format: "text" },
        { key: "series", label: t.columns.series, format: "text" },
        { key: "total", label: t.columns.total, format: "number" },
        { key: "killed", label: t.columns.killed, format: "number" },
        { key: "injured", label: t.columns.injured, format: "number" },
        { key: "reportedBy", label: t.columns.reportedBy, format: "text" },
        { key: "shown", label: t.columns.shown, format: "text" },
        { key: "method", label: t.columns.method, format: "text" },
      ],
      rows: rows.map((row) => ({
        year: String(row.year),
        periodStart: row.periodStart,
        periodEnd: row.periodEnd,
        coverage: text(row.coverage),
        series: text(row.series),
        total: row.total,
        killed: row.killed,
        injured: row.injured,
        reportedBy: text(row.reportedBy),
        shown: shown.has(row) ? t.yes : t.no,
        method: row.derived ? text(row.derived.method) : null,
        sources: row.sources.join(" "),
      })),
      provenance: rows.map((row) => cellSources(row, ["total", "killed", "injured"], text)),
    };
  },
  sourceIds: uniqueSources,
  reportedBy: uniqueReporters,
});

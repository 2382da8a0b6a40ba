import type { CasualtyRunningTotal } from "../../lib/schemas/casualties.ts";
import { formatDate, formatNumber } from "../../lib/format.ts";
import { cellSources } from "../parts/cellSources.ts";
import { defineChart } from "../types.ts";
import { victimsSinceCeasefire } from "./chart.ts";
import { uniqueReporters, uniqueSources } from "../parts/uniqueSources.ts";

/** Registry entry: running totals of mine victims since the ceasefire (all counts except civilians-only ones). */
export const victimsSinceCeasefireSpec = defineChart<CasualtyRunningTotal[]>({
  id: "victims-since-ceasefire",
  section: "toll",
  text: (edition) => edition.strings.charts.victimsSinceCeasefire,
  select: (datasets) =>
    datasets.casualtyRunningTotals.filter((row) => row.scope !== "civilians-only"),
  render: victimsSinceCeasefire,
  altText: (rows, edition) => {
    const t = edition.strings.charts.victimsSinceCeasefire;
    const totals = rows.filter((row) => row.total !== null);
    const first = totals[0];
    const last = totals.at(-1);
    if (!first || !last || first.total === null || last.total === null) return t.subtitle;
    return t.alt(
      formatNumber(first.total, edition.locale),
      formatDate(first.asOf, edition.locale, "month"),
      formatNumber(last.total, edition.locale),
      formatDate(last.asOf, edition.locale, "month"),
      rows.length,
    );
  },
  table: (
    rows,
    {
      text,
      strings: {
        charts: { victimsSinceCeasefire: t },
      },
    },
  ) => ({
    columns: [
      { key: "asOf", label: t.columns.date, format: "date" },
      { key: "total", label: t.columns.total, format: "number" },
      { key: "killed", label: t.columns.killed, format: "number" },
      { key: "injured", label: t.columns.injured, format: "number" },
      { key: "reportedBy", label: t.columns.reportedBy, format: "text" },
    ],
    rows: rows.map((row) => ({
      asOf: row.asOf,
      total: row.total,
      killed: row.killed,
      injured: row.injured,
      reportedBy: text(row.reportedBy),
      sources: row.sources.join(" "),
    })),
    provenance: rows.map((row) => cellSources(row, ["total", "killed", "injured"], text)),
  }),
  sourceIds: uniqueSources,
  reportedBy: uniqueReporters,
});

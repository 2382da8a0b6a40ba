import { formatNumber } from "../../lib/format.ts";
import { cellSources, sourcedRows } from "../parts/cellSources.ts";
import { defineChart } from "../types.ts";
import { worldCasualties, type WorldData } from "./chart.ts";
import { worldRows } from "./rows.ts";
import { uniqueReporters, uniqueSources } from "../parts/uniqueSources.ts";

/** The year rows drawn (world figure present), oldest first. */
function shownYears({ world, azerbaijan }: WorldData) {
  return worldRows(world, azerbaijan).flatMap((row) => (row.kind === "year" ? [row] : []));
}

/** Registry entry: Landmine Monitor's world casualties per year, with Azerbaijan's full years for scale. */
export const worldCasualtiesSpec = defineChart<WorldData>({
  id: "world",
  section: "world",
  text: (edition) => edition.strings.charts.worldCasualties,
  select: (datasets) => ({
    world: datasets.globalCasualties,
    azerbaijan: datasets.casualtiesByYear,
    treaty: datasets.treatyStatus,
  }),
  render: worldCasualties,
  altText: (data, edition) => {
    const t = edition.strings.charts.worldCasualties;
    const years = shownYears(data);
    const byTotal = [...years].sort((a, b) => (a.world.total ?? 0) - (b.world.total ?? 0));
    const [first, last, min, max] = [years[0], years.at(-1), byTotal[0], byTotal.at(-1)];
    if (!first || !last || !min || !max) return t.subtitle;
    const aze = years
      .flatMap((r) =>
        r.azerbaijan
          ? [t.yearValue(formatNumber(r.azerbaijan.total ?? 0, edition.locale), String(r.year))]
          : [],
      )
      .join(", ");
    return t.alt(
      String(first.year),
      String(last.year),
      formatNumber(min.world.total ?? 0, edition.locale),
      String(min.year),
      formatNumber(max.world.total ?? 0, edition.locale),
      String(max.year),
      aze,
    );
  },
  table: (
    data,
    {
      text,
      strings: {
        charts: { worldCasualties: t },
      },
    },
  ) => ({
    columns: [
      { key: "year", label: t.columns.year, format: "text" },
      { key: "place", label: t.columns.place, format: "text" },
      { key: "total", label: t.columns.total, format: "number" },
      { key: "killed", label: t.columns.killed, format: "number" },
      { key: "injured", label: t.columns.injured, format: "number" },
      { key: "unknownStatus", label: t.columns.unknownStatus, format: "number" },
      { key: "reportedBy", label: t.columns.reportedBy, format: "text" },
      { key: "edition", label: t.columns.edition, format: "text" },
    ],
    ...sourcedRows(
      shownYears(data).flatMap((r) => [
        {
          row: {
            year: String(r.year),
            place: t.world,
            total: r.world.total,
            killed: r.world.killed,
            injured: r.world.injured,
            unknownStatus: r.world.unknownStatus ?? null,
            reportedBy: text(r.world.reportedBy),
            edition: text(r.world.edition),
            sources: r.world.sources.join(" "),
          },
          cells: cellSources(r.world, ["total", "killed", "injured", "unknownStatus"], text),
        },
        ...(r.azerbaijan ? [r.azerbaijan, ...r.azerbaijanOthers] : []).map((a) => ({
          row: {
            year: String(r.year),
            place: t.azerbaijan,
            total: a.total,
            killed: a.killed,
            injured: a.injured,
            // The national yearly rows have no unknown-status field.
            unknownStatus: null,
            reportedBy: text(a.reportedBy),
            edition: null,
            sources: a.sources.join(" "),
          },
          cells: cellSources(a, ["total", "killed", "injured"], text),
        })),
      ]),
    ),
  }),
  sourceIds: (data) => {
    const years = shownYears(data);
    const aze = years.flatMap((r) => (r.azerbaijan ? [r.azerbaijan, ...r.azerbaijanOthers] : []));
    // The treaty status is stated in the notes, so its sources are credited too.
    return uniqueSources([...years.map((r) => r.world), ...aze, ...data.treaty]);
  },
  reportedBy: (data) => {
    const years = shownYears(data);
    const aze = years.flatMap((r) => (r.azerbaijan ? [r.azerbaijan, ...r.azerbaijanOthers] : []));
    return uniqueReporters([...years.map((r) => r.world), ...aze, ...data.treaty]);
  },
});

import { loadMap } from "../../lib/geo/loadMap.ts";
import type { AreaNotOnMap, DistrictFact } from "../../lib/schemas/districts.ts";
import type { Edition } from "../../i18n/edition.ts";
import { districtMap, type DistrictMapData } from "./chart.ts";
import { clearedInYear } from "./clearance.ts";
import { factValue } from "./tips.ts";
import { cellSources, sourcedRows, type SourcedRow } from "../parts/cellSources.ts";
import { defineChart, type ChartTable } from "../types.ts";

const list = (names: string[], locale: string): string =>
  new Intl.ListFormat(locale, { type: "conjunction" }).format(names);

/** The alt text: what is shaded, the largest and smallest 2025 figures, what has none and what is not drawn. */
function altText({ districts, areasNotOnMap }: DistrictMapData, edition: Edition): string {
  const t = edition.strings.charts.districtMap;
  const cleared = districts
    .flatMap((district) => {
      const fact = clearedInYear(district);
      return fact ? [{ name: edition.text(district.nameEn), fact }] : [];
    })
    .sort((a, b) => b.fact.value - a.fact.value);
  const place = ({ name, fact }: { name: string; fact: DistrictFact }) =>
    t.altPlace(name, factValue(fact, edition));
  const most = cleared[0];
  const least = cleared[cleared.length - 1];
  return t.alt({
    withFigure: cleared.length,
    total: districts.length,
    most: most ? place(most) : "",
    least: least ? place(least) : "",
    without: list(
      districts.filter((d) => !clearedInYear(d)).map((d) => edition.text(d.nameEn)),
      edition.locale,
    ),
    notDrawn: list(
      areasNotOnMap.map((area) => place({ name: edition.text(area.nameEn), fact: area })),
      edition.locale,
    ),
  });
}

/** A table row's figure cells, from a district fact or an area's row, its texts in the edition's words. */
function figureCells(fact: DistrictFact | AreaNotOnMap, edition: Edition) {
  return {
    metric: edition.text(fact.label),
    value: fact.value,
    unit: edition.text(fact.unit),
    qualifier: edition.text(fact.qualifier),
    periodStart: fact.periodStart ?? null,
    asOf: fact.asOf,
    reportedBy: edition.text(fact.reportedBy),
    sources: fact.sources.join(" "),
  };
}

/**
 * One row per fact, one "no public figure" row (value null) for a district without any, and one row per area
 * the source lists that is not a map district, named as such.
 */
function table({ districts, areasNotOnMap }: DistrictMapData, edition: Edition): ChartTable {
  const t = edition.strings.charts.districtMap;
  const districtRows = districts.flatMap((district): SourcedRow[] => {
    const base = {
      district: edition.text(district.nameEn),
      region: district.region === "garabagh" ? t.regions.garabagh : t.regions.eastZangazur,
      mapHandovers: district.mapHandovers.map((handover) => handover.date).join("; ") || null,
    };
    if (district.facts.length === 0)
      return [
        {
          row: {
            ...base,
            metric: t.noFigure,
            value: null,
            unit: null,
            qualifier: null,
            periodStart: null,
            asOf: null,
            reportedBy: null,
            sources: "",
          },
          cells: {},
        },
      ];
    return [...district.facts]
      .sort((a, b) => a.asOf.localeCompare(b.asOf))
      .map((fact) => ({
        row: { ...base, ...figureCells(fact, edition) },
        cells: cellSources(fact, ["value"], edition.text),
      }));
  });
  const notDrawn = areasNotOnMap.map((area) => ({
    row: {
      district: t.notOnMap(edition.text(area.nameEn)),
      region: null,
      mapHandovers: null,
      ...figureCells(area, edition),
    },
    cells: cellSources(area, ["value"], edition.text),
  }));
  return {
    columns: [
      { key: "district", label: t.columns.district, format: "text" },
      { key: "region", label: t.columns.region, format: "text" },
      { key: "metric", label: t.columns.metric, format: "text" },
      { key: "value", label: t.columns.value, format: "number" },
      { key: "unit", label: t.columns.unit, format: "text" },
      { key: "qualifier", label: t.columns.qualifier, format: "text" },
      { key: "periodStart", label: t.columns.periodStart, format: "date" },
      { key: "asOf", label: t.columns.asOf, format: "date" },
      { key: "reportedBy", label: t.columns.reportedBy, format: "text" },
      { key: "mapHandovers", label: t.columns.mapHandovers, format: "text" },
    ],
    ...sourcedRows([...districtRows, ...notDrawn]),
  };
}

/** Every fact and area row the chart shows, for its sources and "reported by" line. */
function allFigures({
  districts,
  areasNotOnMap,
}: DistrictMapData): (DistrictFact | AreaNotOnMap)[] {
  return [...districts.flatMap((d) => d.facts), ...areasNotOnMap];
}

/** Registry entry: land cleared in 2025 by district, with every other public figure per district. */
export const districtMapSpec = defineChart<DistrictMapData>({
  id: "district-map",
  section: "where",
  text: (edition) => edition.strings.charts.districtMap,
  select: (datasets) => ({
    districts: [...datasets.districts].sort((a, b) => a.nameEn.localeCompare(b.nameEn, "en")),
    areasNotOnMap: datasets.clearanceAreasNotOnMap,
    topology: loadMap().topology,
  }),
  render: districtMap,
  altText,
  table,
  sourceIds: (data) => [...new Set(allFigures(data).flatMap((fact) => fact.sources))].sort(),
  reportedBy: (data) => [...new Set(allFigures(data).map((fact) => fact.reportedBy))].sort(),
  credit: (edition) => edition.strings.ui.madeWithNaturalEarth,
});

import { loadMap } from "../../lib/geo/loadMap.ts";
import { strings } from "../../i18n/index.ts";
import { districtMap, type DistrictMapData } from "../districtMap.ts";
import { defineChart, type ChartTable } from "../types.ts";

const t = strings.charts.districtMap;

/** The alt text: how many districts have a public figure, and which have none. */
function altText({ districts }: DistrictMapData): string {
  const without = districts.filter((district) => district.facts.length === 0);
  const names = new Intl.ListFormat("en-GB", { type: "conjunction" }).format(
    without.map((district) => district.nameEn),
  );
  return t.alt(districts.length - without.length, districts.length, names);
}

/** One row per fact, and one "no public figure" row (value null) for a district without any. */
function table({ districts }: DistrictMapData): ChartTable {
  const rows = districts.flatMap((district): ChartTable["rows"] => {
    const base = {
      district: district.nameEn,
      region: district.region === "garabagh" ? t.regions.garabagh : t.regions.eastZangazur,
      mapHandovers: district.mapHandovers.map((handover) => handover.date).join("; ") || null,
    };
    if (district.facts.length === 0)
      return [
        {
          ...base,
          metric: t.noFigure,
          value: null,
          unit: null,
          qualifier: null,
          asOf: null,
          reportedBy: null,
          sources: "",
        },
      ];
    return [...district.facts]
      .sort((a, b) => a.asOf.localeCompare(b.asOf))
      .map((fact) => ({
        ...base,
        metric: fact.label,
        value: fact.value,
        unit: fact.unit,
        qualifier: fact.qualifier,
        asOf: fact.asOf,
        reportedBy: fact.reportedBy,
        sources: fact.sources.join(" "),
      }));
  });
  return {
    columns: [
      { key: "district", label: t.columns.district, format: "text" },
      { key: "region", label: t.columns.region, format: "text" },
      { key: "metric", label: t.columns.metric, format: "text" },
      { key: "value", label: t.columns.value, format: "number" },
      { key: "unit", label: t.columns.unit, format: "text" },
      { key: "qualifier", label: t.columns.qualifier, format: "text" },
      { key: "asOf", label: t.columns.asOf, format: "date" },
      { key: "reportedBy", label: t.columns.reportedBy, format: "text" },
      { key: "mapHandovers", label: t.columns.mapHandovers, format: "text" },
    ],
    rows,
  };
}

/** Registry entry: the district map of Garabagh and East-Zangazur with every public figure per district. */
export const districtMapSpec = defineChart<DistrictMapData>({
  id: "district-map",
  section: "where",
  text: t,
  select: (datasets) => ({
    districts: [...datasets.districts].sort((a, b) => a.nameEn.localeCompare(b.nameEn, "en")),
    topology: loadMap().topology,
  }),
  render: districtMap,
  altText,
  table,
  sourceIds: ({ districts }) =>
    [...new Set(districts.flatMap((d) => d.facts.flatMap((fact) => fact.sources)))].sort(),
  reportedBy: ({ districts }) =>
    [...new Set(districts.flatMap((d) => d.facts.map((fact) => fact.reportedBy)))].sort(),
  credit: strings.ui.madeWithNaturalEarth,
});

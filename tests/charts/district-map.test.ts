import { geoArea, polygonArea } from "d3";
import { describe, expect, it } from "vitest";
import { edition } from "../../src/i18n/index.ts";
import {
  districtMap,
  MAP_HEIGHT,
  type DistrictMapData,
} from "../../src/charts/district-map/chart.ts";
import { HECTARE_BREAKS, hectareClass } from "../../src/charts/district-map/clearance.ts";
import { mapLayers } from "../../src/charts/district-map/layers.ts";
import { createDocument } from "../../src/charts/render/createDocument.ts";
import { finishSvg } from "../../src/charts/render/finishSvg.ts";
import { LAYOUT_WIDTHS } from "../../src/charts/render/renderChart.ts";
import { districtMapSpec } from "../../src/charts/district-map/spec.ts";
import type { Layout } from "../../src/charts/types.ts";
import { focusDistrictIds } from "../../src/lib/data/focusDistrictIds.ts";
import { loadMap } from "../../src/lib/geo/loadMap.ts";
import type { AreaNotOnMap, District, DistrictFact } from "../../src/lib/schemas/districts.ts";

const { topology } = loadMap();

const fact: DistrictFact = {
  metric: "mines-on-handed-over-maps",
  value: 97000,
  unit: "mines",
  asOf: "2021-06-12",
  qualifier: "exact",
  label: "Mines shown on handed-over maps",
  reportedBy: "Ministry of Foreign Affairs",
  sources: ["test-source"],
  evidence: ["test-figure"],
};

/** Hectares cleared during 2025, as the map shades them. */
const cleared = (value: number): DistrictFact => ({
  metric: "land-cleared",
  value,
  unit: "ha",
  periodStart: "2025-01-01",
  asOf: "2025-12-31",
  qualifier: "exact",
  label: "Land cleared in 2025",
  reportedBy: "Cabinet of Ministers",
  sources: ["cabinet-source"],
  evidence: ["cabinet-figure"],
});

// 2025 figures for three districts, one per end of the scale plus Aghdam in the middle; Aghdam also has an
// older fact and a map handover. Every other district has no 2025 figure.
const facts: Partial<Record<string, DistrictFact[]>> = {
  "AZ-AGM": [fact, cleared(2500)],
  "AZ-CAB": [cleared(9110.4)],
  "AZ-TAR": [cleared(12.8)],
};
const names: Partial<Record<string, string>> = {
  "AZ-XA": "Khankendi",
  "AZ-AGM": "Aghdam",
  "AZ-CAB": "Jabrayil",
  "AZ-TAR": "Tartar",
};
const districts: District[] = focusDistrictIds.map((id) => ({
  id,
  nameEn: names[id] ?? `District ${id}`,
  nameAz: id,
  region: ["AZ-CAB", "AZ-KAL", "AZ-QBI", "AZ-LAC", "AZ-ZAN"].includes(id)
    ? "east-zangazur"
    : "garabagh",
  mapHandovers: id === "AZ-AGM" ? [{ date: "2021-06-12", eventId: "maps" }] : [],
  facts: facts[id] ?? [],
}));
const aghdara: AreaNotOnMap = {
  ...cleared(7893.3),
  id: "aghdara-2025",
  nameEn: "Aghdara",
  nameAz: "Ağdərə",
  label: "Land cleared in Aghdara in 2025",
};
const data: DistrictMapData = { districts, areasNotOnMap: [aghdara], topology };

function render(layout: Layout): SVGSVGElement {
  const svg = districtMap(data, {
    width: LAYOUT_WIDTHS[layout],
    document: createDocument(),
    layout,
    edition,
  });
  return finishSvg(svg, { altText: "alt", idPrefix: `map-${layout}` });
}

function tips(svg: SVGSVGElement): Map<string, string> {
  return new Map(
    Array.from(svg.querySelectorAll("[aria-label]")).map((el) => [
      el.getAttribute("data-id") ?? "",
      el.getAttribute("aria-label") ?? "",
    ]),
  );
}

function texts(svg: SVGSVGElement): string[] {
  return Array.from(svg.querySelectorAll("text")).map((el) => el.textContent);
}

/** The area enclosed by a path's rings, in square pixels (each ring counted once, holes included). */
function filledArea(d: string): number {
  return d
    .split("M")
    .filter((ring) => ring.trim() !== "")
    .reduce((sum, ring) => {
      const numbers = ring.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      const points: [number, number][] = [];
      for (let i = 0; i + 1 < numbers.length; i += 2)
        points.push([numbers[i] ?? 0, numbers[i + 1] ?? 0]);
      return sum + Math.abs(polygonArea(points));
    }, 0);
}

describe("districtMap", () => {
  for (const layout of ["narrow", "wide"] as const) {
    it(`draws the 14 focus districts as focusable shapes with tooltips (${layout})`, () => {
      const svg = render(layout);
      expect([...tips(svg).keys()].sort()).toEqual([...focusDistrictIds].sort());
      const shapes = Array.from(svg.querySelectorAll("[aria-label]"));
      // One tab stop: the first shape is in the tab order, the arrow keys reach the others.
      expect(shapes.map((el) => el.getAttribute("tabindex"))).toEqual(
        shapes.map((_, index) => (index === 0 ? "0" : null)),
      );
      for (const el of shapes) expect(el.getAttribute("d")).toMatch(/^M/);
    });

    it(`stays under 60 KB of SVG (${layout})`, () => {
      expect(Buffer.byteLength(render(layout).outerHTML)).toBeLessThan(60 * 1024);
    });

    it(`draws no shape that fills the whole frame, as a wrongly wound ring would (${layout})`, () => {
      const svg = render(layout);
      const frame = LAYOUT_WIDTHS[layout] * MAP_HEIGHT[layout];
      for (const path of Array.from(svg.querySelectorAll("path"))) {
        const name = path.getAttribute("data-id") ?? path.getAttribute("class") ?? "path";
        expect(filledArea(path.getAttribute("d") ?? ""), name).toBeLessThan(0.9 * frame);
      }
    });
  }

  it("gives every map feature less than half the globe (d3 winding)", () => {
    const layers = mapLayers(topology, 0);
    for (const f of [...layers.rayons, ...layers.neighbours, layers.country]) {
      expect(geoArea(f)).toBeLessThan(2 * Math.PI);
    }
  });

  it("shades each district with a 2025 figure by its class, from the lightest to the darkest", () => {
    const svg = render("wide");
    const classOf = (id: string) =>
      svg.querySelector(`[data-id="${id}"]`)?.getAttribute("data-class") ?? null;
    expect(classOf("AZ-TAR")).toBe("0");
    expect(classOf("AZ-AGM")).toBe("2");
    expect(classOf("AZ-CAB")).toBe("4");
    expect(classOf("AZ-BAR")).toBeNull();
  });

  it("puts a value on a break into the upper class", () => {
    expect(HECTARE_BREAKS.map(hectareClass)).toEqual([1, 2, 3, 4]);
    expect(hectareClass(499.9)).toBe(0);
  });

  it("draws a legend with the round break values (compact when narrow) and the hatched 'No 2025 figure' key", () => {
    const breaks = { wide: ["500", "2,000", "4,000", "8,000"], narrow: ["500", "2K", "4K", "8K"] };
    for (const layout of ["narrow", "wide"] as const) {
      const legend = render(layout).querySelector("g.legend");
      const words = Array.from(legend?.querySelectorAll("text") ?? []).map((t) => t.textContent);
      expect(words).toEqual(["Hectares cleared in 2025", ...breaks[layout], "No 2025 figure"]);
      expect(legend?.querySelectorAll("rect")).toHaveLength(6);
    }
  });

  it("keeps the legend inside the frame at the narrow width", () => {
    const svg = render("narrow");
    for (const rect of Array.from(svg.querySelectorAll("g.legend rect"))) {
      const right = Number(rect.getAttribute("x")) + Number(rect.getAttribute("width"));
      expect(right).toBeLessThanOrEqual(LAYOUT_WIDTHS.narrow);
    }
  });

  it("heads the tooltip with the 2025 figure, then lists the older facts with date and source", () => {
    expect(tips(render("wide")).get("AZ-AGM")).toBe(
      "Aghdam\nCleared in 2025: 2,500 ha (according to Cabinet of Ministers)\nOther figures:\nMines shown on handed-over maps: 97,000 mines (12 June 2021, according to Ministry of Foreign Affairs)\nMine maps handed over: 12 June 2021",
    );
    expect(tips(render("wide")).get("AZ-CAB")).toBe(
      "Jabrayil\nCleared in 2025: 9,110.4 ha (according to Cabinet of Ministers)",
    );
  });

  it("hatches districts without a 2025 figure and says so, never drawing a zero", () => {
    const svg = render("narrow");
    expect(tips(svg).get("AZ-BAR")).toBe(
      "District AZ-BAR\nCleared in 2025: no figure for this district",
    );
    const hatched = Array.from(svg.querySelectorAll("[data-no-figure]")).map((el) =>
      el.getAttribute("data-no-figure"),
    );
    expect(hatched).toHaveLength(11);
    expect(hatched).not.toContain("AZ-AGM");
    expect(texts(svg).join(" ")).not.toMatch(/\b0\b/);
  });

  it("draws nothing for an area that is not a map district", () => {
    const svg = render("wide");
    expect(texts(svg).join(" ")).not.toContain("Aghdara");
    expect(svg.outerHTML).not.toContain("7,893.3");
  });

  it("labels Khankendi, the two regions and the neighbours, whose outlines are drawn", () => {
    for (const layout of ["narrow", "wide"] as const) {
      const svg = render(layout);
      expect(texts(svg)).toEqual(
        expect.arrayContaining(["Khankendi", "Garabagh", "East-Zangazur", "Armenia", "Iran"]),
      );
      const neighbours = Array.from(svg.querySelectorAll("g.neighbours path"));
      expect(neighbours.length).toBe(5);
      expect(neighbours.filter((p) => (p.getAttribute("d") ?? "") !== "").length).toBeGreaterThan(
        1,
      );
      expect(svg.querySelector("g.neighbours")?.getAttribute("stroke")).toBeTruthy();
    }
  });

  it("generates alt text with the extremes, the districts without a 2025 figure and what is not drawn", () => {
    const alt = districtMapSpec.altText(data, edition);
    expect(alt).toContain("3 of the 14 districts have a 2025 figure");
    expect(alt).toContain("from Jabrayil (9,110.4 ha) down to Tartar (12.8 ha)");
    expect(alt).toContain("Khankendi");
    expect(alt).toContain(
      "The report also lists Aghdara (7,893.3 ha), which the map does not draw",
    );
  });

  it("tables one row per fact, a 'No public figure' row per district without, and the area not drawn", () => {
    const { rows } = districtMapSpec.table(data, edition);
    expect(rows).toHaveLength(16);
    const aghdam = rows.filter((row) => row["district"] === "Aghdam");
    expect(aghdam.map((row) => row["value"])).toEqual([97000, 2500]);
    expect(aghdam[1]).toMatchObject({ periodStart: "2025-01-01", asOf: "2025-12-31" });
    const khankendi = rows.find((row) => row["district"] === "Khankendi");
    expect(khankendi).toMatchObject({ metric: "No public figure", value: null });
    expect(rows.at(-1)).toMatchObject({
      district: "Aghdara (not one of the map's districts; not drawn)",
      region: null,
      value: 7893.3,
      sources: "cabinet-source",
    });
  });
});

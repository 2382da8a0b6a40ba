import { geoArea, polygonArea } from "d3";
import { describe, expect, it } from "vitest";
import { districtMap, MAP_HEIGHT, type DistrictMapData } from "../../src/charts/districtMap.ts";
import { mapLayers } from "../../src/charts/mapLayers.ts";
import { createDocument } from "../../src/charts/render/createDocument.ts";
import { finishSvg } from "../../src/charts/render/finishSvg.ts";
import { LAYOUT_WIDTHS } from "../../src/charts/render/renderChart.ts";
import { districtMapSpec } from "../../src/charts/specs/districtMap.ts";
import type { Layout } from "../../src/charts/types.ts";
import { focusDistrictIds } from "../../src/lib/data/focusDistrictIds.ts";
import { loadMap } from "../../src/lib/geo/loadMap.ts";
import type { District, DistrictFact } from "../../src/lib/schemas/districts.ts";

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

// The 14 focus districts; only Aghdam has a fact and a map handover.
const districts: District[] = focusDistrictIds.map((id) => ({
  id,
  nameEn: id === "AZ-XA" ? "Khankendi" : id === "AZ-AGM" ? "Aghdam" : `District ${id}`,
  nameAz: id,
  region: ["AZ-CAB", "AZ-KAL", "AZ-QBI", "AZ-LAC", "AZ-ZAN"].includes(id)
    ? "east-zangazur"
    : "garabagh",
  mapHandovers: id === "AZ-AGM" ? [{ date: "2021-06-12", eventId: "maps" }] : [],
  facts: id === "AZ-AGM" ? [fact] : [],
}));
const data: DistrictMapData = { districts, topology };

function render(layout: Layout): SVGSVGElement {
  const svg = districtMap(data, {
    width: LAYOUT_WIDTHS[layout],
    document: createDocument(),
    layout,
  });
  return finishSvg(svg, { altText: "alt", idPrefix: `map-${layout}` });
}

function tips(svg: SVGSVGElement): Map<string, string> {
  return new Map(
    Array.from(svg.querySelectorAll("[data-tip]")).map((el) => [
      el.getAttribute("data-id") ?? "",
      el.getAttribute("data-tip") ?? "",
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
      for (const el of Array.from(svg.querySelectorAll("[data-tip]"))) {
        expect(el.getAttribute("tabindex")).toBe("0");
        expect(el.getAttribute("d")).toMatch(/^M/);
      }
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

  it("lists each fact with its value, date and who says it, and the map handovers", () => {
    expect(tips(render("wide")).get("AZ-AGM")).toBe(
      "Aghdam\nMines shown on handed-over maps: 97,000 mines (12 June 2021, according to Ministry of Foreign Affairs)\nMine maps handed over: 12 June 2021",
    );
  });

  it("says 'No public figure' for a district without facts and hatches it, never drawing a zero", () => {
    const svg = render("narrow");
    expect(tips(svg).get("AZ-BAR")).toBe("District AZ-BAR\nNo public figure");
    const hatched = Array.from(svg.querySelectorAll("[data-no-figure]")).map((el) =>
      el.getAttribute("data-no-figure"),
    );
    expect(hatched).toHaveLength(13);
    expect(hatched).not.toContain("AZ-AGM");
    expect(texts(svg)).toContain("No public figure for hatched districts");
    expect(texts(svg).join(" ")).not.toMatch(/\b0\b/);
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

  it("generates alt text naming the districts with no public figure", () => {
    expect(districtMapSpec.altText(data)).toContain("1 of the 14 districts have at least one");
    expect(districtMapSpec.altText(data)).toContain("Khankendi");
  });

  it("tables one row per fact and one 'No public figure' row with a null value per district without", () => {
    const { rows } = districtMapSpec.table(data);
    expect(rows).toHaveLength(14);
    const aghdam = rows.find((row) => row["district"] === "Aghdam");
    expect(aghdam).toMatchObject({
      value: 97000,
      unit: "mines",
      asOf: "2021-06-12",
      sources: "test-source",
    });
    const khankendi = rows.find((row) => row["district"] === "Khankendi");
    expect(khankendi).toMatchObject({ metric: "No public figure", value: null });
  });
});

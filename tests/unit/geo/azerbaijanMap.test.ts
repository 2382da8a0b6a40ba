import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { geoArea } from "d3-geo";
import { feature } from "topojson-client";
import { describe, expect, it } from "vitest";
import { defaultMapPath, loadMap } from "../../../src/lib/geo/loadMap.ts";

const map = loadMap();
const { rayons, topology } = map;
const namesOf = (name: string) => rayons.features.filter((f) => f.properties.name === name);

describe("data/geo/azerbaijan.topo.json", () => {
  it("has 77 rayons and cities, each with a unique ISO 3166-2:AZ id", () => {
    const ids = rayons.features.map((f) => f.id);
    expect(ids).toHaveLength(77);
    expect(new Set(ids).size).toBe(77);
    expect(map.districtIds.size).toBe(77);
    for (const id of ids) expect(id).toMatch(/^AZ-[A-Z]{2,3}$/);
  });

  it("marks exactly 9 Garabagh units and 5 East-Zangazur units as focus", () => {
    const focus = rayons.features.filter((f) => f.properties.focus);
    expect(focus.filter((f) => f.properties.region === "garabagh")).toHaveLength(9);
    expect(focus.filter((f) => f.properties.region === "east-zangazur")).toHaveLength(5);
    expect(map.focusIds).toEqual(
      ["AZ-XA", "AZ-AGC", "AZ-AGM", "AZ-BAR", "AZ-FUZ", "AZ-XCI", "AZ-XVD", "AZ-SUS", "AZ-TAR"]
        .concat(["AZ-CAB", "AZ-KAL", "AZ-QBI", "AZ-LAC", "AZ-ZAN"])
        .sort(),
    );
  });

  it("names AZ-XA Khankendi and no unit Stepanakert", () => {
    expect(rayons.features.find((f) => f.id === "AZ-XA")?.properties.name).toBe("Khankendi");
    expect(namesOf("Stepanakert")).toEqual([]);
  });

  it("names the polygon Natural Earth called Lankaran Lachin, leaving Lankaran to the city and rayon", () => {
    expect(rayons.features.find((f) => f.id === "AZ-LAC")?.properties.name).toBe("Lachin");
    expect(namesOf("Lankaran").map((f) => f.id)).toEqual(["AZ-LA", "AZ-LAN"]);
  });

  it("has Shusha as one unit, its city dissolved into the rayon", () => {
    expect(namesOf("Shusha").map((f) => f.id)).toEqual(["AZ-SUS"]);
  });

  it("winds every feature for d3: each covers less than a hemisphere (2π steradians)", () => {
    for (const object of Object.values(topology.objects)) {
      for (const f of feature(topology, object).features)
        expect(geoArea(f)).toBeLessThan(2 * Math.PI);
    }
  });

  it("is under 60 KB", () => {
    expect(statSync(defaultMapPath).size).toBeLessThan(60_000);
  });

  it("has neighbours including Armenia and Iran", () => {
    const names = feature(topology, topology.objects.neighbours).features.map(
      (f) => f.properties.name,
    );
    expect(names).toEqual(expect.arrayContaining(["Armenia", "Iran"]));
  });
});

describe("loadMap", () => {
  it("throws on a JSON file without a rayons collection", () => {
    const path = join(mkdtempSync(join(tmpdir(), "azl-map-")), "empty.topo.json");
    writeFileSync(path, JSON.stringify({ type: "Topology", objects: {}, arcs: [] }));
    expect(() => loadMap(path)).toThrow(/no rayons collection/);
  });
});

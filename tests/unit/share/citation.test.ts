import { describe, expect, it } from "vitest";
import { citationBibtex, citationText, escapeBibtex } from "../../../src/lib/share/citation.ts";

const input = {
  id: "victims-since-ceasefire",
  title: "Mine victims since the 2020 ceasefire",
  publisher: "Azerbaijan Landmines Data Project",
  siteName: "Azerbaijan's landmines",
  url: "https://example.org/charts/victims-since-ceasefire/",
  version: "2026-11-26",
  versionLabel: "26 November 2026",
  reportedBy: ["ANAMA", "Prosecutor General's Office"],
  words: {
    dataAsOf: "data as of",
    thisVersion: "This version",
    licence: "Licence",
    originalData: "Original data",
  },
};

describe("citationText", () => {
  it("names the publisher, title, site, data version date, URL, licence and upstream sources", () => {
    expect(citationText(input)).toBe(
      "Azerbaijan Landmines Data Project. “Mine victims since the 2020 ceasefire.” Azerbaijan's landmines, data as of 26 November 2026. https://example.org/charts/victims-since-ceasefire/. Licence: CC BY 4.0. Original data: ANAMA; Prosecutor General's Office.",
    );
  });
});

describe("citationBibtex", () => {
  it("writes a @misc entry keyed by site and chart, with the version as year and urldate", () => {
    const bibtex = citationBibtex(input);
    expect(bibtex.startsWith("@misc{azerbaijanslandmines-victims-since-ceasefire,\n")).toBe(true);
    expect(bibtex).toContain("  year = {2026},");
    expect(bibtex).toContain("  urldate = {2026-11-26},");
    expect(bibtex).toContain("  author = {{Azerbaijan Landmines Data Project}},");
    expect(bibtex.endsWith("\n}")).toBe(true);
  });

  it("escapes BibTeX's special characters so a title cannot break the entry", () => {
    expect(escapeBibtex("5% of A&B_{x} #1 ~ ^ \\")).toBe(
      "5\\% of A\\&B\\_\\{x\\} \\#1 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}",
    );
    const bibtex = citationBibtex({ ...input, title: "Land {cleared} & 50%" });
    const opens = bibtex.replace(/\\[{}]/g, "").split("{").length;
    const closes = bibtex.replace(/\\[{}]/g, "").split("}").length;
    expect(opens).toBe(closes);
  });
});

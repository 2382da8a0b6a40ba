import { describe, expect, it } from "vitest";
import { datasetsRead } from "../../../src/lib/releases/datasetsRead.ts";
import { feedItems } from "../../../src/lib/releases/feedItems.ts";

const words = {
  kinds: { launch: "Launch", update: "Update", correction: "Correction", release: "Release" },
  releaseTitle: (date: string) => `Release of ${date}`,
  datasets: "Datasets",
  charts: "Charts affected",
  sections: "Sections affected",
  pinned: "Pinned versions",
  formatDate: (iso: string) => iso,
};
const charts = [
  {
    id: "toll",
    title: "Toll",
    section: "toll",
    sectionTitle: "The toll",
    files: ["casualties.json"],
  },
  {
    id: "who-pays",
    title: "Who <pays>",
    section: "money",
    sectionTitle: "Money",
    files: ["donors.json"],
  },
];
const site = new URL("https://example.org/");

describe("feedItems(changelog, charts, site, words)", () => {
  const items = feedItems(
    [
      { date: "2026-11-26", kind: "correction", description: "A fix.", datasets: ["donors.json"] },
      {
        date: "2026-11-29",
        kind: "release",
        release: "2026-11-29",
        description: "Release.",
        datasets: [],
      },
    ],
    charts,
    site,
    words,
    (_release, chartId) => chartId === "toll",
  );

  it("lists entries newest first, a release titled by its date and linked to its changelog anchor", () => {
    expect(items.map((item) => [item.title, item.link])).toEqual([
      ["Release of 2026-11-29", "https://example.org/corrections/#release-2026-11-29"],
      ["Correction, 2026-11-26", "https://example.org/corrections/#change-1"],
    ]);
  });

  it("links the charts drawn from the changed files and their sections, escaped", () => {
    expect(items[1]?.content).toContain(
      '<a href="https://example.org/charts/who-pays/">Who &lt;pays&gt;</a>',
    );
    expect(items[1]?.content).toContain('<a href="https://example.org/#money">Money</a>');
    expect(items[1]?.content).not.toContain("/charts/toll/");
  });

  it("links a release's pinned version of each chart it holds", () => {
    expect(items[0]?.content).toContain("https://example.org/v/2026-11-29/charts/toll/");
    expect(items[0]?.content).not.toContain("/v/2026-11-29/charts/who-pays/");
  });
});

describe("datasetsRead(read, datasets)", () => {
  it("names the datasets a function touches, in order of first use", () => {
    const data = { donors: [1], casualties: [2], events: [3] };
    expect(
      datasetsRead((d: typeof data) => [...d.casualties, ...d.donors, ...d.casualties], data),
    ).toEqual(["casualties", "donors"]);
  });
});

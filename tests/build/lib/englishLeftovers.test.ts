import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { englishLeftovers, englishWords } from "./englishLeftovers.ts";

const page = (body: string): Document =>
  parseHTML(`<!doctype html><html lang="az"><body>${body}</body></html>`).document;

describe("englishLeftovers(document)", () => {
  it("finds an English sentence planted in an Azerbaijani page, in prose, a chart label and a tooltip", () => {
    const document = page(
      "<p>Minalar hələ də öldürür.</p><p>The land that still kills and maims.</p>" +
        '<svg class="chart-svg"><text>Killed by mines</text><g aria-label="12 June 2021&#10;Total: 120&#10;according to the Ministry of Foreign Affairs"></g></svg>',
    );
    expect(englishLeftovers(document)).toEqual([
      "The land that still kills and maims.",
      "Killed by mines",
      "according to the Ministry of Foreign Affairs",
    ]);
  });

  it("passes Azerbaijani and Russian text, quotes, source titles and proper names", () => {
    const document = page(
      "<p>ANAMA-nın məlumatına görə, 2025-ci ildə 1.318 mina tapılıb.</p>" +
        "<p>По данным The HALO Trust и Landmine Monitor 2024, мины убивают.</p>" +
        '<blockquote lang="en">The mines were found in the district.</blockquote>' +
        '<ol class="source-list"><li><bdi>Trend</bdi>, <a dir="auto">Mines found and cleared in the area</a></li></ol>' +
        "<p>Mənbə «the land that was cleared» deyir.</p>",
    );
    expect(englishLeftovers(document)).toEqual([]);
  });

  it("englishWords(text) counts English function words, not Azerbaijani words that look alike", () => {
    expect(englishWords("Qarabağ və Şərqi Zəngəzur iqtisadi rayonları")).toEqual([]);
    expect(englishWords("Data as of 13 March 2026")).toEqual(["data", "of"]);
  });
});

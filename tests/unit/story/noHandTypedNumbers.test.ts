import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { handTypedNumbers, proseText } from "./handTypedNumbers.ts";

const proseDir = fileURLToPath(new URL("../../../src/components/story/en/", import.meta.url));
const files = readdirSync(proseDir).filter((file) => file.endsWith(".astro"));

describe("story prose", () => {
  it("has a component for every section to check", () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)("%s types no number by hand (every figure comes from data/)", (file) => {
    const found = handTypedNumbers(readFileSync(join(proseDir, file), "utf8"));
    expect(found.map((hit) => `${file}: ${hit.number} in "${hit.context}"`)).toEqual([]);
  });
});

describe("handTypedNumbers", () => {
  it("catches a number typed into a sentence", () => {
    const planted =
      "<p>The war lasted 44 days and <Fact dataset='x' row='y' field='z' /> died.</p>";
    expect(handTypedNumbers(planted).map((hit) => hit.number)).toEqual(["44"]);
  });

  it("catches numbers with separators, decimals, percentages and day-month dates", () => {
    const planted =
      "<p>About 1.5 million mines, 2,728 found, 25% accurate, on 10 November 2020.</p>";
    expect(handTypedNumbers(planted).map((hit) => hit.number)).toEqual([
      "1.5",
      "2,728",
      "25",
      "10",
    ]);
  });

  it("allows a bare year naming an event, but not a year outside 1988–2030 or a number glued to one", () => {
    const text =
      "<p>The 2020 war; since the early 1990s; in 1987; by 2031; the 2021-22 season.</p>";
    expect(handTypedNumbers(text).map((hit) => hit.number)).toEqual(["1987", "2031", "22"]);
  });

  it("ignores frontmatter, attribute values and component tags spread over several lines", () => {
    const source = [
      "---",
      "const year = 2023 + 15;",
      "---",
      '<p class="w-100">Victims: <Fact',
      '  dataset="casualtiesByYear"',
      '  row="2023/2023-01-01..2023-12-31/PGO"',
      '  field="total"',
      "/>.</p>",
      '<DateFact dataset="events" row="2020-11-10-ceasefire" />',
    ].join("\n");
    expect(handTypedNumbers(source)).toEqual([]);
  });

  it("still reads the text between an opening and a closing tag", () => {
    expect(proseText('<a href="#x1">section 7</a>')).toContain("section 7");
    expect(handTypedNumbers('<a href="#x1">section 7</a>').map((hit) => hit.number)).toEqual(["7"]);
  });

  it("names the text around a hand-typed number so the failure can be found", () => {
    const [hit] = handTypedNumbers("<p>Officials said that 302 people were hurt.</p>");
    expect(hit?.context).toContain("said that 302 people");
  });
});

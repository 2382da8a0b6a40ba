import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { parse } from "csv-parse/sync";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyHostileText,
  hostile,
  hostileTextCases,
  type Row,
} from "../fixtures/hostile/hostileText.ts";
import { root, runBuild, type BuildResult } from "./lib/runBuild.ts";

// One build for every case (a build takes seconds to tens of seconds): data/ copied, each case's field rewritten.
const scratch = mkdtempSync(join(tmpdir(), "landmines-hostile-"));
const dataDir = join(scratch, "data");
const outDir = join(scratch, "out");
let build: BuildResult;

beforeAll(async () => {
  cpSync(join(root, "data"), dataDir, { recursive: true });
  for (const hostileCase of hostileTextCases) {
    const path = join(dataDir, hostileCase.file);
    const rows = JSON.parse(readFileSync(path, "utf8")) as Row[];
    applyHostileText(rows, hostileCase);
    writeFileSync(path, JSON.stringify(rows, null, 2));
  }
  build = await runBuild(outDir, dataDir);
}, 300_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const files = (): string[] =>
  readdirSync(outDir, { recursive: true, encoding: "utf8" }).map((file) =>
    file.split("\\").join("/"),
  );
const read = (file: string): string => readFileSync(join(outDir, file), "utf8");

/** Each outermost <svg>…</svg> of an HTML page, exactly as written (nested <svg> elements stay inside). */
function inlineSvgs(html: string): string[] {
  const found: string[] = [];
  const tags = /<svg\b|<\/svg>/g;
  let depth = 0;
  let start = 0;
  for (const match of html.matchAll(tags)) {
    if (match[0] === "</svg>") {
      depth -= 1;
      if (depth === 0) found.push(html.slice(start, match.index + match[0].length));
    } else if (depth++ === 0) start = match.index;
  }
  return found;
}

/** Throws unless `svg` is well-formed XML that resvg (a strict XML parser) accepts as SVG. */
function parseStrictly(svg: string): void {
  const withNamespace = svg.includes("xmlns=")
    ? svg
    : svg.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"');
  new Resvg(withNamespace);
}

/** Every attribute value and text in an element and its descendants, decoded as a browser reads them. */
const shownText = (element: Element): string[] =>
  [element, ...element.querySelectorAll("*")].flatMap((node) => [
    ...Array.from(node.attributes, (attribute) => attribute.value),
    ...Array.from(node.childNodes)
      .filter((child) => child.nodeType === 3)
      .map((child) => child.textContent ?? ""),
  ]);

const inChart = hostileTextCases.filter((hostileCase) => hostileCase.inChart);
// The text of row `index` of a case, as the data holds it.
const textOf = (tag: string): RegExp =>
  new RegExp(`${tag}\\.\\d+ & <b>"q"</b> 'a' > &amp; </script>`);

describe("a site built from text full of &, <, >, quotes and </script>", () => {
  it("builds (the PNG renderer parses every chart) and exits 0", () => {
    expect(build.output).toContain("all valid");
    expect(build.code, build.output.slice(-2000)).toBe(0);
  });

  it("writes every inline chart SVG as well-formed XML, on every page", () => {
    const pages = files().filter((file) => file.endsWith(".html"));
    const svgs = pages.flatMap((file) => inlineSvgs(read(file)).map((svg) => ({ file, svg })));
    expect(svgs.length).toBeGreaterThan(20);
    for (const { file, svg } of svgs)
      expect(() => {
        parseStrictly(svg);
      }, file).not.toThrow();
  });

  it("writes every chart.svg download as well-formed XML", () => {
    const downloads = files().filter((file) => file.endsWith("/chart.svg"));
    expect(downloads.length).toBeGreaterThan(5);
    for (const file of downloads)
      expect(() => {
        parseStrictly(read(file));
      }, file).not.toThrow();
  });

  it("renders every chart.png and social card as a PNG", () => {
    const pngs = files().filter((file) => file.endsWith(".png"));
    expect(pngs.length).toBeGreaterThan(5);
    for (const file of pngs)
      expect(readFileSync(join(outDir, file)).subarray(1, 4).toString(), file).toBe("PNG");
  });

  it.each(inChart.map((hostileCase) => [hostileCase.tag, hostileCase.file, hostileCase.field]))(
    "shows %s (%s %s) literally in a chart on the story page: text, not markup",
    (tag) => {
      const { document } = parseHTML(read("index.html"));
      const shown = [...document.querySelectorAll("svg")].flatMap(shownText);
      expect(shown.some((text) => textOf(tag).test(text))).toBe(true);
    },
  );

  it("never lets the text become an element on any page, inside a script (JSON-LD) or not", () => {
    for (const file of files().filter((name) => name.endsWith(".html"))) {
      const { document } = parseHTML(read(file));
      const injected = [...document.querySelectorAll("b")].filter((b) => b.textContent === '"q"');
      expect(injected, file).toEqual([]);
    }
  });

  it("never lets the text become an element in an SVG download", () => {
    for (const file of files().filter((name) => name.endsWith(".svg")))
      expect(read(file), file).not.toContain("<b>");
  });

  it("keeps the text exact in the CSV downloads, read back with csv-parse", () => {
    const csv = parse<Record<string, string>>(read("data/casualties-by-year.csv"), {
      columns: true,
    });
    expect(
      csv.some((row) => /^T2\.\d+ & <b>"q"<\/b> 'a' > &amp; <\/script>$/.test(row["note"] ?? "")),
    ).toBe(true);
  });

  it("shows a source's title literally on /sources/", () => {
    const { document } = parseHTML(read("sources/index.html"));
    expect(document.body.textContent).toContain(hostile("U1.0"));
  });

  it("keeps the story's JSON-LD parseable", () => {
    const { document } = parseHTML(read("index.html"));
    for (const script of document.querySelectorAll('script[type="application/ld+json"]'))
      expect(() => JSON.parse(script.textContent) as unknown).not.toThrow();
  });
});

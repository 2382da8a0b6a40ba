import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { charts } from "../../src/charts/registry.ts";
import { edition } from "../../src/i18n/index.ts";
import { sections } from "../../src/lib/story/sections.ts";
import { pngSize } from "../unit/share/pngSize.ts";
import { builtPages, fileForPath, readDist, readDistBytes, siteOrigin } from "./lib/dist.ts";

const origin = siteOrigin();
const page = (path: string) => {
  const found = builtPages().find((candidate) => candidate.path === path);
  if (found === undefined) throw new Error(`no page at ${path} in dist/`);
  return found;
};
const json = (path: string): unknown => JSON.parse(readDist(path.replace(/^\//, "")));
const local = (url: string): string => new URL(url).pathname;
// linkedom leaves character references in <textarea> text undecoded; browsers decode them.
const decode = (text: string): string =>
  text
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");

describe.each(charts.map((chart) => chart.id))("chart %s", (id) => {
  const { document } = page(`/charts/${id}/`);

  it("has a chart page whose only h1 is the chart title, with #download, #embed and #cite blocks", () => {
    const title = charts.find((chart) => chart.id === id)?.text(edition).title;
    expect([...document.querySelectorAll("h1")].map((h1) => h1.textContent.trim())).toEqual([
      title,
    ]);
    expect(page(`/embed/${id}/`).document.querySelectorAll("h1")).toHaveLength(1);
    for (const block of ["download", "embed", "cite", "licence", "sources"])
      expect(document.getElementById(block), `#${block}`).not.toBeNull();
  });

  it("announces its oEmbed response with a discovery link that resolves in dist/", () => {
    const link = document.querySelector('link[rel="alternate"][type="application/json+oembed"]');
    const href = link?.getAttribute("href") ?? "";
    expect(href).toBe(`${origin}/oembed/${id}.json`);
    expect(link?.getAttribute("title")).not.toBe("");
    expect(fileForPath(local(href))).toBeDefined();
  });

  it("offers the embed code read-only, with a copy button hidden until script shows it", () => {
    const code = document.querySelector<HTMLTextAreaElement>(`#embed textarea[readonly]`);
    expect(decode(code?.textContent ?? "")).toContain(`<iframe src="${origin}/embed/${id}/"`);
    expect(decode(code?.textContent ?? "")).toContain(
      `<script async src="${origin}/embed.js"></script>`,
    );
    const button = document.querySelector(`#embed button[data-copy-from="${code?.id ?? ""}"]`);
    expect(button?.hasAttribute("hidden")).toBe(true);
  });

  it("cites the chart as text and BibTeX with the data's version date, never a build time", () => {
    const changelog = json("/data/changelog.json") as { date: string }[];
    const version = changelog.at(-1)?.date ?? "";
    const bibtex = document.querySelector("#cite pre")?.textContent ?? "";
    expect(bibtex).toContain(`urldate = {${version}}`);
    expect(document.querySelector("#cite p")?.textContent).toContain(`${origin}/charts/${id}/`);
  });

  it("has an embed page that is noindex, links back to its section and chart page in a new tab", () => {
    const embed = page(`/embed/${id}/`).document;
    expect(embed.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect(embed.querySelector(".site-header")).toBeNull();
    const chart = charts.find((candidate) => candidate.id === id);
    const links = [...embed.querySelectorAll(".embed__links a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual([
      `${origin}/#${chart?.section ?? ""}`,
      `${origin}/charts/${id}/`,
    ]);
    for (const a of links) {
      expect(a.getAttribute("target")).toBe("_blank");
      expect(a.getAttribute("rel")).toContain("noopener");
    }
  });

  it("serves a static oEmbed 1.0 rich response with the embed code and the card as thumbnail", () => {
    const oembed = json(`/oembed/${id}.json`) as Record<string, unknown>;
    expect(oembed).toMatchObject({
      version: "1.0",
      type: "rich",
      thumbnail_url: `${origin}/cards/${id}.png`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(oembed["html"]).toBe(
      decode(document.querySelector("#embed textarea")?.textContent ?? ""),
    );
    for (const key of ["width", "height"]) expect(oembed[key]).toBeGreaterThan(0);
    for (const key of ["title", "provider_name", "provider_url"])
      expect(oembed[key]).toEqual(expect.any(String));
  });

  it("downloads exactly the table rows as CSV and JSON, each with its sources spelled out", () => {
    // The chart page opens its table in place from the table page, which holds the same table.
    const shown = page(`/charts/${id}/table/`).document.querySelectorAll(
      ".data-table tbody tr",
    ).length;
    const [header, ...rows] = parse(readDist(`charts/${id}/data.csv`));
    expect(rows).toHaveLength(shown);
    expect(header?.slice(-2)).toEqual(["sources", "source"]);
    // A row that states no figure (e.g. a district with no public figure) cites nothing; every other row does.
    for (const row of rows) {
      if (row.at(-2) === "") expect(row.at(-1)).toBe("");
      else expect(row.at(-1)).toMatch(/^[^,]+, .+, (\d{4}[-\d]*|undated), https?:\/\//);
    }
    expect(rows.some((row) => row.at(-1) !== "")).toBe(true);
    const data = json(`/charts/${id}/data.json`) as Record<string, unknown>[];
    expect(data).toHaveLength(shown);
    expect(data.map((row) => row["source"])).toEqual(rows.map((row) => row.at(-1)));
  });

  it("describes itself in metadata.json: columns, sources, licence and last update", () => {
    const metadata = json(`/charts/${id}/metadata.json`) as Record<string, unknown>;
    expect(metadata).toMatchObject({ id, licence: { spdx: "CC-BY-4.0" } });
    expect(metadata["columns"]).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: "source" })]),
    );
    expect((metadata["sources"] as unknown[]).length).toBeGreaterThan(0);
    expect(metadata["lastUpdated"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("has a standalone SVG with namespace, title, desc and no CSS variables", () => {
    const svg = readDist(`charts/${id}/chart.svg`);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toMatch(/<title id="title">[^<]+<\/title><desc id="desc">[^<]+<\/desc>/);
    expect(svg).not.toContain("var(--");
  });

  it("has a chart PNG at twice the wide layout and a 1200 × 630 card", () => {
    expect(pngSize(readDistBytes(`charts/${id}/chart.png`)).width).toBe(1440);
    expect(pngSize(readDistBytes(`cards/${id}.png`))).toEqual({ width: 1200, height: 630 });
  });
});

describe("section share pages", () => {
  const ids = sections.flatMap((section) => [
    section.id,
    ...(section.formerIds as readonly string[]),
  ]);

  it.each(ids)(
    "/s/%s/ carries its card and title and sends readers on to the section without script",
    (id) => {
      const { document } = page(`/s/${id}/`);
      const meta = (selector: string): string =>
        document.querySelector(`meta[${selector}]`)?.getAttribute("content") ?? "";
      const target =
        sections.find(
          (section) => section.id === id || (section.formerIds as readonly string[]).includes(id),
        )?.id ?? "";
      expect(meta('property="og:image"')).toBe(`${origin}/cards/section-${target}.png`);
      expect(meta('property="og:title"')).not.toBe("");
      expect(meta('name="twitter:card"')).toBe("summary_large_image");
      expect(meta('http-equiv="refresh"')).toBe(`0; url=/#${target}`);
      expect(meta('name="robots"')).toBe("noindex");
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(
        `${origin}/#${target}`,
      );
      expect(document.querySelector(`main a[href="/#${target}"]`)).not.toBeNull();
      expect(pngSize(readDistBytes(`cards/section-${target}.png`))).toEqual({
        width: 1200,
        height: 630,
      });
    },
  );
});

describe("/charts.json and /data/", () => {
  it("lists every chart with URLs that all resolve to files in dist/", () => {
    const list = (json("/charts.json") as { charts: Record<string, unknown>[] }).charts;
    expect(list.map((chart) => chart["id"])).toEqual(charts.map((chart) => chart.id));
    const urls: unknown[] = list.flatMap((chart) =>
      Object.values(chart).flatMap((value: unknown): unknown[] =>
        typeof value === "object" && value !== null ? Object.values(value) : [value],
      ),
    );
    const missing = urls
      .filter((url): url is string => typeof url === "string" && url.startsWith(origin))
      .filter((url) => fileForPath(new URL(url).pathname) === undefined);
    expect(missing).toEqual([]);
  });

  it("lists every dataset with JSON and CSV downloads holding the same number of rows", () => {
    const { document } = page("/data/");
    const links = [...document.querySelectorAll('a[href^="/data/"][href$=".json"]')];
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      const path = link.getAttribute("href") ?? "";
      const rows = json(path) as unknown[];
      const csv = parse(readDist(path.slice(1).replace(/\.json$/, ".csv")));
      expect(csv.length - 1, path).toBe(rows.length);
    }
  });

  it("states the CC BY 4.0 licence on the data page and every chart page", () => {
    for (const path of ["/data/", ...charts.map((chart) => `/charts/${chart.id}/`)]) {
      const licence = page(path).document.querySelector('#licence a[rel~="license"]');
      expect(licence?.getAttribute("href"), path).toBe(
        "https://creativecommons.org/licenses/by/4.0/",
      );
    }
  });
});

import { describe, expect, it } from "vitest";
import { builtPages, fileForPath, isTablePath, readDist, siteOrigin } from "./lib/dist.ts";

const locs = (xml: string): string[] =>
  [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? "");

/** Pages meant for search engines: not embeds, short links, releases' pinned pages, chart table pages or the 404 page. */
const isPublic = (path: string): boolean =>
  !/^(\/(az|ru))?\/(embed|s)\/|^\/v\//.test(path) && !isTablePath(path) && path !== "/404.html";

describe("sitemap and robots.txt", () => {
  it("robots.txt announces the sitemap index by its absolute URL on the site's origin", () => {
    const sitemapLine = /^Sitemap:\s*(\S+)\s*$/m.exec(readDist("robots.txt"))?.[1] ?? "";
    expect(sitemapLine).toBe(`${siteOrigin()}/sitemap-index.xml`);
    expect(fileForPath("/sitemap-index.xml")).toBe("sitemap-index.xml");
  });

  it("the sitemap lists every public page and no embed, short-link, pinned, table or 404 page", () => {
    const origin = siteOrigin();
    const sitemaps = locs(readDist("sitemap-index.xml"));
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = sitemaps.flatMap((url) => {
      const file = fileForPath(new URL(url).pathname);
      if (file === undefined)
        throw new Error(`sitemap-index.xml names ${url}, which is not in dist/`);
      return locs(readDist(file));
    });
    const expected = builtPages()
      .map((page) => page.path)
      .filter(isPublic)
      .map((path) => `${origin}${path}`);
    expect([...listed].sort()).toEqual(expected.sort());
  });
});

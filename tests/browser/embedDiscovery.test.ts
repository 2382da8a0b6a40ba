import ogs from "open-graph-scraper";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { charts } from "../../src/charts/registry.ts";
import { sections } from "../../src/lib/story/sections.ts";
import { siteOrigin } from "../build/lib/dist.ts";
import { type StaticServer, startStaticServer } from "./staticServer.ts";

// Clients from the outside: open-graph-scraper (npm) for Open Graph, and oEmbed discovery done the way a
// CMS does it (fetch the page, follow <link rel="alternate" type="application/json+oembed">).
describe("what link-preview and oEmbed clients find on the built site", () => {
  let server: StaticServer;
  const site = siteOrigin();
  const local = (url: string): string => url.replace(site, server.origin);
  beforeAll(async () => {
    server = await startStaticServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const scrape = async (path: string) => {
    const { result, error } = await ogs({
      url: `${server.origin}${path}`,
      urlValidatorSettings: { require_tld: false, require_protocol: true, protocols: ["http"] },
    } as Parameters<typeof ogs>[0]);
    expect(error).toBe(false);
    return result;
  };

  it.each(sections.map((section) => section.id))(
    "open-graph-scraper finds the section card and title on /s/%s/",
    async (id) => {
      const result = await scrape(`/s/${id}/`);
      expect(result.ogTitle).not.toBe("");
      expect(result.ogImage?.[0]?.url).toBe(`${site}/cards/section-${id}.png`);
      expect(result.twitterCard).toBe("summary_large_image");
      const png = await fetch(local(result.ogImage?.[0]?.url ?? ""));
      expect(png.headers.get("content-type")).toBe("image/png");
    },
  );

  it.each(charts.map((chart) => chart.id))(
    "an oEmbed consumer discovers /charts/%s/'s response and gets a rich embed with a thumbnail",
    async (id) => {
      const html = await (await fetch(`${server.origin}/charts/${id}/`)).text();
      const { document } = parseHTML(html);
      const href = document
        .querySelector('link[rel="alternate"][type="application/json+oembed"]')
        ?.getAttribute("href");
      expect(href).toBe(`${site}/oembed/${id}.json`);
      const oembed = (await (await fetch(local(href ?? ""))).json()) as Record<string, unknown>;
      expect(oembed).toMatchObject({ version: "1.0", type: "rich" });
      expect(oembed["html"]).toContain(`src="${site}/embed/${id}/"`);
      const thumbnail = await fetch(local(String(oembed["thumbnail_url"])));
      expect(thumbnail.status).toBe(200);
      const result = await scrape(`/charts/${id}/`);
      expect(result.ogImage?.[0]?.url).toBe(`${site}/cards/${id}.png`);
    },
  );
});

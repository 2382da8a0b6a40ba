import { describe, expect, it } from "vitest";
import { pinChartPage, pinEmbedPage, pinOembed } from "../../../src/lib/releases/pinPage.ts";

const context = {
  release: "2026-11-29",
  chartId: "map",
  origin: "https://example.org",
  note: "Data as of 29 November 2026.",
  linkLabel: "See the latest version",
};

describe("pinning a chart's built pages", () => {
  it("pinEmbedPage puts the dated note with a new-tab link to the live chart page first in main, and fetches the release's wide layout", () => {
    const html = pinEmbedPage(
      '<head><meta name="robots" content="noindex"></head><body><main><figure><div class="chart__frame" data-wide="/charts/map/wide.svg"></div></figure></main>',
      context,
    );
    expect(html).toContain(
      '<main><p class="pinned-note">Data as of 29 November 2026. <a href="https://example.org/charts/map/" target="_blank" rel="noopener">See the latest version</a></p><figure>',
    );
    expect(html).toContain('data-wide="/v/2026-11-29/charts/map/wide.svg"');
  });

  it("pinning refuses a page whose chart does not fetch the live wide layout (nothing would pin it)", () => {
    expect(() =>
      pinEmbedPage('<meta name="robots" content="noindex"><main></main>', context),
    ).toThrow(/wide\.svg/);
  });

  it("pinEmbedPage refuses an embed page that is not noindex", () => {
    expect(() =>
      pinEmbedPage('<main><div data-wide="/charts/map/wide.svg"></div></main>', context),
    ).toThrow(/noindex/);
  });

  it("pinChartPage makes the page noindex and points downloads, preview and oEmbed at the release, styles untouched", () => {
    const html = pinChartPage(
      '<meta charset="utf-8"><link rel="alternate" href="https://example.org/oembed/map.json"><style>@font-face{src:url(/_astro/f.woff2)}</style><main id="content"><div class="chart__frame" data-wide="/charts/map/wide.svg"></div><a href="/charts/map/data.csv">CSV</a><a href="/embed/map/">x</a><ul><li><a href="/charts/map/chart.png" download>PNG</a></li><li><a href="/cards/map.png" download>Card</a></li></ul></main>',
      context,
    );
    expect(html).toContain('<meta charset="utf-8"><meta name="robots" content="noindex">');
    expect(html).toContain('href="/v/2026-11-29/charts/map/data.csv"');
    expect(html).toContain('data-wide="/v/2026-11-29/charts/map/wide.svg"');
    expect(html).toContain('href="/v/2026-11-29/embed/map/"');
    expect(html).toContain('href="https://example.org/v/2026-11-29/oembed/map.json"');
    expect(html).toContain("<style>@font-face{src:url(/_astro/f.woff2)}</style>");
    expect(html).toContain('<a href="/charts/map/">See the latest version</a>');
    expect(html).not.toContain(".png");
  });

  it("pinOembed frames the pinned embed instead of the live one", () => {
    const json = JSON.stringify({ html: '<iframe src="https://example.org/embed/map/"></iframe>' });
    expect(JSON.parse(pinOembed(json, context))).toEqual({
      html: '<iframe src="https://example.org/v/2026-11-29/embed/map/"></iframe>',
    });
  });
});

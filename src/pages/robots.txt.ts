import type { APIRoute } from "astro";

/** Serves /robots.txt, which allows all crawling and announces the sitemap index by absolute URL. */
export const GET: APIRoute = ({ site }) => {
  if (site === undefined) {
    // Without `site` there is no absolute sitemap URL to announce; fail the build rather than ship a broken file.
    throw new Error("robots.txt needs `site` in astro.config.mjs (set SITE_URL)");
  }
  // Embed pages are not disallowed: they opt out with a noindex meta, which crawlers must be able to read.
  const sitemap = new URL("sitemap-index.xml", site).href;
  const body = ["User-agent: *", "Allow: /", "", `Sitemap: ${sitemap}`, ""].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};

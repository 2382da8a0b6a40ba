// @ts-check
import { defineConfig } from "astro/config";
import sitemap from "@astrojs/sitemap";
import { createHash } from "node:crypto";
import { validateDataIntegration } from "./src/integrations/validateData.ts";
import { installReleasesIntegration } from "./src/integrations/installReleasesIntegration.ts";
import { subsetFontsIntegration } from "./src/integrations/subsetFontsIntegration.ts";
import { themeInitScript } from "./src/components/themeInitScript.ts";

/** The public origin the site is deployed at; set SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? "https://azerbaijan-landmines.example.org";

/**
 * In every edition, embed pages (/embed/), short links (/s/), pinned releases (/v/) and chart tables on their own (/charts/<id>/table/,
 * the same table as the chart page's) are not pages for search engines.
 */
const isPublicPage = (/** @type {string} */ page) =>
  !/^(\/(az|ru))?\/(embed|s)\/|^\/v\/|^(\/(az|ru))?\/charts\/[^/]+\/table\//.test(
    new URL(page).pathname,
  );

export default defineConfig({
  site,
  i18n: {
    locales: ["en", "az", "ru"],
    defaultLocale: "en",
    routing: { prefixDefaultLocale: false },
  },
  output: "static",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  integrations: [
    validateDataIntegration(),
    sitemap({
      filter: isPublicPage,
      // Each page lists its editions as alternates (xhtml:link hreflang).
      i18n: { defaultLocale: "en", locales: { en: "en", az: "az", ru: "ru" } },
    }),
    // Before the releases are unpacked: pinned pages keep the font files they were archived with.
    subsetFontsIntegration(),
    installReleasesIntegration(),
  ],
  devToolbar: { enabled: false },
  // No code blocks are highlighted; Shiki's inline styles would clash with the CSP.
  markdown: { syntaxHighlight: false },
  // Astro hashes its own scripts and styles into script-src/style-src; everything else is same-origin only.
  // frame-ancestors is ignored in a <meta> CSP, so it is sent from public/_headers instead.
  security: {
    csp: {
      // The one inline script Astro does not process: the theme applied before first paint.
      scriptDirective: {
        hashes: [`sha256-${createHash("sha256").update(themeInitScript).digest("base64")}`],
      },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});

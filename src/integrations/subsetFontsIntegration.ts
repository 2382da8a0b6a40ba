import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/**
 * An Astro integration that, after the build and in its output folder (the fresh one scripts/build.mjs swaps in),
 * cuts the web fonts to what the pages draw and puts each page's preloads and @font-face rules in its head
 * (src/lib/fonts/installFonts.ts). Any error fails the build, which leaves the previous output as it was.
 */
export function subsetFontsIntegration(): AstroIntegration {
  return {
    name: "subset-fonts",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const { installFonts } = await import("../lib/fonts/installFonts.ts");
        const { files, pages } = await installFonts(fileURLToPath(dir));
        const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
        logger.info(
          `${String(files.length)} font files, ${String(bytes)} bytes, for ${String(pages.length)} pages`,
        );
      },
    },
  };
}

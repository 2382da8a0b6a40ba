import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/**
 * An Astro integration that, after the build, unpacks every release archived in releases/ (or
 * LANDMINES_RELEASES_DIR) into dist/v/<release>/: the pinned embeds, chart pages and downloads exactly as
 * `npm run release` archived them, never re-rendered. LANDMINES_RELEASE_PENDING names the release being made.
 */
export function installReleasesIntegration(): AstroIntegration {
  return {
    name: "install-releases",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const { installReleases } = await import("../lib/releases/installReleases.ts");
        const releasesDir = resolve(
          process.cwd(),
          process.env["LANDMINES_RELEASES_DIR"] ?? "releases",
        );
        const ids = installReleases(
          fileURLToPath(dir),
          releasesDir,
          process.env["LANDMINES_RELEASE_PENDING"],
        );
        logger.info(`releases: ${ids.length === 0 ? "none yet" : ids.join(", ")}`);
      },
    },
  };
}

import type { AstroIntegration } from "astro";

/** An Astro integration that validates every dataset in data/ before dev or build starts, and stops on the first error. */
export function validateDataIntegration(): AstroIntegration {
  return {
    name: "validate-data",
    hooks: {
      "astro:config:setup": async ({ logger }) => {
        const { loadDatasets } = await import("../lib/data/loadDatasets.ts");
        const datasets = loadDatasets();
        logger.info(`data/: ${String(Object.keys(datasets).length)} datasets valid`);
      },
    },
  };
}

import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/** Options for the data-validation integration. */
export interface ValidateDataOptions {
  /** The data directory to validate; defaults to LANDMINES_DATA_DIR or data/ in the project root. */
  readonly dataDir?: string;
}

/**
 * An Astro integration that validates every dataset in data/ before dev or build starts,
 * and stops with one error listing every problem (file, row, key, field).
 */
export function validateDataIntegration(options: ValidateDataOptions = {}): AstroIntegration {
  return {
    name: "validate-data",
    hooks: {
      "astro:config:setup": async ({ config, logger }) => {
        const { loadDatasets } = await import("../lib/data/loadDatasets.ts");
        const fromEnv = process.env["LANDMINES_DATA_DIR"];
        const dataDir =
          options.dataDir ??
          (fromEnv === undefined
            ? fileURLToPath(new URL("data/", config.root))
            : resolve(fileURLToPath(config.root), fromEnv));
        const datasets = loadDatasets(dataDir);
        const rows = Object.values(datasets).reduce((sum, dataset) => sum + dataset.length, 0);
        logger.info(
          `data/: ${String(Object.keys(datasets).length)} datasets, ${String(rows)} rows, all valid`,
        );
      },
    },
  };
}

import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const fallbackEntry = `import * as Plot from "@observablehq/plot";
import { feature } from "topojson-client";
console.log(Plot.plot, feature);
`;

/**
 * Bundles the chart functions for the browser (Vite lib mode, minified, tree-shaken) as the client-side baseline:
 * src/charts/index.ts when it exists, else Plot + topojson-client alone.
 * @param {string} root repository root
 * @returns {Promise<{entry: string, bytes: number, gzip: number} | {entry: string, error: string}>}
 */
export async function baselineBundle(root) {
  const chartsIndex = join(root, "src", "charts", "index.ts");
  const usesCharts = existsSync(chartsIndex);
  const entryName = usesCharts
    ? "src/charts/index.ts (all chart functions)"
    : "fallback: Plot.plot + topojson feature (src/charts/index.ts does not exist)";
  // The entry lives inside the repository so that bare imports resolve from its node_modules/.
  const entryDir = join(root, ".bench");
  mkdirSync(entryDir, { recursive: true });
  const entry = join(entryDir, "baseline-entry.js");
  // Re-exporting everything keeps every chart function; Plot and D3 are still tree-shaken to what they use.
  writeFileSync(
    entry,
    usesCharts ? `export * from ${JSON.stringify(chartsIndex)};\n` : fallbackEntry,
  );
  const outDir = mkdtempSync(join(tmpdir(), "landmines-baseline-"));
  try {
    const { build } = await import("vite");
    await build({
      configFile: false,
      root,
      logLevel: "silent",
      build: {
        lib: { entry, formats: ["es"], fileName: "baseline" },
        outDir,
        emptyOutDir: true,
        minify: true,
        reportCompressedSize: false,
      },
    });
    const files = readdirSync(outDir).filter((file) => file.endsWith(".js"));
    const contents = files.map((file) => readFileSync(join(outDir, file)));
    return {
      entry: entryName,
      bytes: contents.reduce((sum, bytes) => sum + bytes.length, 0),
      gzip: contents.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0),
    };
  } catch (error) {
    return {
      entry: entryName,
      error: error instanceof Error ? error.message.split("\n")[0] : String(error),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

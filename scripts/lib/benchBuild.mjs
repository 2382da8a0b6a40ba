import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

/**
 * Runs `runs` clean `astro build`s (dist/ deleted first) and returns each wall time in milliseconds, in run order.
 * @param {string} root repository root
 * @param {number} runs how many builds
 * @returns {number[]}
 */
export function timeCleanBuilds(root, runs) {
  const astro = join(root, "node_modules", "astro", "bin", "astro.mjs");
  return Array.from({ length: runs }, () => {
    rmSync(join(root, "dist"), { recursive: true, force: true });
    const start = performance.now();
    execFileSync(process.execPath, [astro, "build", "--silent"], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    });
    return performance.now() - start;
  });
}

/**
 * The median of a non-empty list of numbers.
 * @param {number[]} values
 * @returns {number}
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

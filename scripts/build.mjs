// npm run build: astro build into a fresh folder beside the output folder, then swap it in with renames, so the
// output folder (dist/, or --outDir <dir>) is either the previous build, untouched, or a complete new one.
// Any failure (data validation, rendering, a missing page) leaves the previous output as it was and exits non-zero.
// Other flags are passed to astro build, e.g. `node scripts/build.mjs --silent`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const astro = join(root, "node_modules", "astro", "bin", "astro.mjs");

const args = process.argv.slice(2);
const outDirFlag = args.indexOf("--outDir");
const outDir = resolve(root, outDirFlag === -1 ? "dist" : (args[outDirFlag + 1] ?? "dist"));
const astroArgs = outDirFlag === -1 ? args : args.toSpliced(outDirFlag, 2);

// Beside the output folder, so the final rename stays on one file system.
const next = mkdtempSync(join(dirname(outDir), `.${basename(outDir)}-next-`));
const previous = `${next}-previous`;

const build = spawnSync(process.execPath, [astro, "build", "--outDir", next, ...astroArgs], {
  cwd: root,
  stdio: "inherit",
});
const complete = build.status === 0 && existsSync(join(next, "index.html"));
if (!complete) {
  rmSync(next, { recursive: true, force: true });
  const why =
    build.status === 0
      ? "it wrote no index.html"
      : `astro build exited with ${String(build.status ?? build.signal)}`;
  console.error(`build failed (${why}): ${outDir} is left as it was`);
  process.exit(build.status || 1);
}

const hadOutput = existsSync(outDir);
if (hadOutput) renameSync(outDir, previous);
try {
  renameSync(next, outDir);
} catch (error) {
  if (hadOutput) renameSync(previous, outDir);
  rmSync(next, { recursive: true, force: true });
  throw error;
}
rmSync(previous, { recursive: true, force: true });

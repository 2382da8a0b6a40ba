import { execFile } from "node:child_process";
import { mkdirSync, rmdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const root = fileURLToPath(new URL("../../../", import.meta.url));

const lock = join(root, "node_modules", ".cache", "landmines-build.lock");
const STALE_MS = 10 * 60_000;

/**
 * Runs `task` while holding the repository's build lock: builds share .astro/ and Vite's caches, so test
 * files that build (in parallel workers) take turns.
 */
export async function withBuildLock<T>(task: () => Promise<T>): Promise<T> {
  mkdirSync(join(lock, ".."), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than any build was left by a killed run.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > STALE_MS) rmdirSync(lock);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await task();
  } finally {
    rmdirSync(lock);
  }
}

/** What a build printed and how it ended. */
export interface BuildResult {
  readonly code: number;
  readonly output: string;
}

/** Runs scripts/build.mjs (the atomic `npm run build`) into `outDir`, from the data in `dataDir`. */
export function runBuild(outDir: string, dataDir: string): Promise<BuildResult> {
  return withBuildLock(
    () =>
      new Promise((resolve) => {
        execFile(
          process.execPath,
          [join(root, "scripts", "build.mjs"), "--outDir", outDir],
          {
            cwd: root,
            env: { ...process.env, LANDMINES_DATA_DIR: dataDir },
            maxBuffer: 64 * 1024 * 1024,
          },
          (error, stdout, stderr) => {
            const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
            resolve({ code, output: `${stdout}${stderr}` });
          },
        );
      }),
  );
}

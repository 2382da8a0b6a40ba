import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { withBuildLock } from "./lib/runBuild.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const astroBin = join(root, "node_modules", "astro", "bin", "astro.mjs");
const run = promisify(execFile);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();

/** Where two texts first differ, with a little context from each, for a readable failure. */
const firstDifference = (a: Buffer, b: Buffer): string => {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  const around = (bytes: Buffer): string =>
    JSON.stringify(bytes.subarray(Math.max(0, at - 40), at + 40).toString("utf8"));
  return `byte ${String(at)}:\n  first:  ${around(a)}\n  second: ${around(b)}`;
};

describe("reproducible builds", () => {
  const scratch = mkdtempSync(join(tmpdir(), "landmines-repro-"));
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it(
    "two builds of the same tree are byte-identical, file by file",
    { timeout: 300_000 },
    async () => {
      const outDirs = [join(scratch, "a"), join(scratch, "b")];
      // One after the other, and never beside another test's build: concurrent builds race on .astro/ and Vite's caches.
      await withBuildLock(async () => {
        for (const outDir of outDirs) {
          await run(process.execPath, [astroBin, "build", "--outDir", outDir, "--silent"], {
            cwd: root,
            maxBuffer: 64 * 1024 * 1024,
          });
        }
      });
      const [first, second] = outDirs.map(filesUnder) as [string[], string[]];
      expect(second, "both builds write the same file names").toEqual(first);
      expect(first.length).toBeGreaterThan(0);
      for (const file of first) {
        const [a, b] = outDirs.map((dir) => readFileSync(join(dir, file))) as [Buffer, Buffer];
        if (!a.equals(b))
          expect.fail(`${file} differs between two builds at ${firstDifference(a, b)}`);
      }
    },
  );
});

import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root, runBuild } from "./lib/runBuild.ts";

const scratch = mkdtempSync(join(tmpdir(), "landmines-atomic-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** Every file under `dir` with its bytes, by relative path, so two states compare byte for byte. */
const snapshot = (dir: string): Record<string, string> => {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry): [string, string] => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(dir.length + 1), readFileSync(path).toString("base64")];
    })
    .sort(([a], [b]) => a.localeCompare(b));
  return Object.fromEntries(entries);
};

describe("npm run build (scripts/build.mjs)", () => {
  it(
    "leaves the previous output byte-identical and exits non-zero when rendering fails after validation passed",
    { timeout: 300_000 },
    async () => {
      // Valid data the pages cannot render: with no changelog entry there is no data version to cite.
      const dataDir = join(scratch, "data");
      cpSync(join(root, "data"), dataDir, { recursive: true });
      writeFileSync(join(dataDir, "changelog.json"), "[]\n");
      const outDir = join(scratch, "site", "dist");
      mkdirSync(join(outDir, "charts"), { recursive: true });
      writeFileSync(join(outDir, "index.html"), "<!doctype html><title>previous build</title>");
      writeFileSync(join(outDir, "charts", "chart.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      const before = snapshot(outDir);

      const { code, output } = await runBuild(outDir, dataDir);

      expect(output, "validation passed first").toContain("all valid");
      expect(output).toContain("changelog");
      expect(code).not.toBe(0);
      expect(snapshot(outDir)).toEqual(before);
      expect(readdirSync(join(scratch, "site")), "no half-built folder is left beside it").toEqual([
        "dist",
      ]);
    },
  );
});

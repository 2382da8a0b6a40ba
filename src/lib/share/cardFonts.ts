import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decompress } from "wawoff2";

/** Weights of the site's font that charts and cards ask for (`font-weight`): regular, semibold, bold. */
export const CARD_FONT_WEIGHTS = [400, 600, 700] as const;

/**
 * The site's font as static instances, one WOFF2 file per weight and subset (Latin, Latin Extended with the
 * Azerbaijani ə ğ ı İ ş, Cyrillic for the Russian edition), from an npm dependency: resvg ignores a variable
 * font's weight axis, so each weight needs its own file.
 */
export const CARD_FONT_FILES = CARD_FONT_WEIGHTS.flatMap((weight) =>
  ["latin", "latin-ext", "cyrillic"].map(
    (subset) => `@fontsource/inter/files/inter-${subset}-${String(weight)}-normal.woff2`,
  ),
);

/**
 * Paths of TrueType copies of the site's fonts, decoded from node_modules' WOFF2 files once into a
 * cache directory (resvg reads only TTF/OTF); the same input always gives the same bytes.
 */
export async function cardFontPaths(
  nodeModules: string = join(process.cwd(), "node_modules"),
  cacheDir: string = join(tmpdir(), "azerbaijan-landmines-fonts"),
): Promise<string[]> {
  mkdirSync(cacheDir, { recursive: true });
  const paths: string[] = [];
  // One file at a time: wawoff2 returns a view into its WebAssembly memory, which the next call reuses.
  for (const file of CARD_FONT_FILES) {
    const woff2 = readFileSync(join(nodeModules, file));
    // A hash of the input in the name keeps a copy from another package version from being reused.
    const hash = createHash("sha256").update(woff2).digest("hex").slice(0, 16);
    const path = join(cacheDir, `${file.replace(/^.*\/|\.woff2$/g, "")}-${hash}.ttf`);
    if (!existsSync(path)) {
      const ttf = (await decompress(woff2)).slice();
      // Write then rename, so a parallel build never reads a half-written file.
      const partial = `${path}.${String(process.pid)}.part`;
      writeFileSync(partial, ttf);
      renameSync(partial, path);
    }
    paths.push(path);
  }
  return paths;
}

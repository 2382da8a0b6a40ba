import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { woff2ToSfnt } from "./woff2ToSfnt.ts";

/** The site's own font files (an npm dependency, WOFF2), decoded for resvg: Latin and Latin Extended. */
export const CARD_FONT_FILES = [
  "@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  "@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2",
] as const;

/**
 * Paths of TrueType copies of the site's fonts, decoded from node_modules' WOFF2 files once into a
 * cache directory (resvg reads only TTF/OTF); the same input always gives the same bytes.
 */
export function cardFontPaths(
  nodeModules: string = join(process.cwd(), "node_modules"),
  cacheDir: string = join(tmpdir(), "azerbaijan-landmines-fonts"),
): string[] {
  mkdirSync(cacheDir, { recursive: true });
  return CARD_FONT_FILES.map((file) => {
    const woff2 = readFileSync(join(nodeModules, file));
    // The size in the name keeps a stale copy from an older package version from being reused.
    const name = `${
      file
        .split("/")
        .at(-1)
        ?.replace(/\.woff2$/, "") ?? "font"
    }-${String(woff2.length)}.ttf`;
    const path = join(cacheDir, name);
    if (!existsSync(path)) {
      // Write then rename, so a parallel build never reads a half-written file.
      const partial = `${path}.${String(process.pid)}.part`;
      writeFileSync(partial, woff2ToSfnt(woff2));
      renameSync(partial, path);
    }
    return path;
  });
}

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";

/** Absolute path of the built site, with a trailing slash: dist/, or DIST_DIR to test a copy of a build. */
export const distDir =
  process.env["DIST_DIR"] === undefined || process.env["DIST_DIR"] === ""
    ? fileURLToPath(new URL("../../../dist/", import.meta.url))
    : join(process.env["DIST_DIR"], "/");

/** One built HTML page: its file under dist/, the URL path it is served at, its source and parsed document. */
export interface BuiltPage {
  readonly file: string;
  readonly path: string;
  readonly html: string;
  readonly document: Document;
}

/** Throws a readable error when dist/ has not been built, instead of letting every gate pass vacuously. */
export function requireDist(): void {
  if (!existsSync(join(distDir, "index.html"))) {
    throw new Error(`dist/index.html is missing: run npm run build first (looked in ${distDir})`);
  }
}

/** Every file in dist/, as sorted POSIX paths relative to dist/ ("embed/map/index.html"). */
export function distFiles(): string[] {
  requireDist();
  const walk = (dir: string): string[] =>
    readdirSync(join(distDir, dir), { withFileTypes: true }).flatMap((entry) => {
      const rel = dir === "" ? entry.name : `${dir}/${entry.name}`;
      return entry.isDirectory() ? walk(rel) : [rel];
    });
  return walk("").sort();
}

/** The URL path a file in dist/ is served at: "a/index.html" → "/a/", "404.html" → "/404.html". */
export function urlPathOf(file: string): string {
  if (file === "index.html") return "/";
  return file.endsWith("/index.html") ? `/${file.slice(0, -"index.html".length)}` : `/${file}`;
}

/**
 * The file in dist/ a URL path is served from, or undefined when none is: "/a/" → "a/index.html".
 * With `trailingSlash: "always"` a directory is only reachable with its slash, so "/a" does not resolve.
 */
export function fileForPath(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname).replace(/^\/+/, "");
  const candidate = decoded === "" || decoded.endsWith("/") ? `${decoded}index.html` : decoded;
  const full = join(distDir, candidate);
  return existsSync(full) && statSync(full).isFile() ? candidate : undefined;
}

/** Reads a file in dist/ as UTF-8 text. */
export function readDist(file: string): string {
  return readFileSync(join(distDir, file), "utf8");
}

/** Reads a file in dist/ as bytes. */
export function readDistBytes(file: string): Buffer {
  return readFileSync(join(distDir, file));
}

let cachedPages: BuiltPage[] | undefined;

/** Every HTML page in dist/, parsed with linkedom once per test file, sorted by file name. */
export function builtPages(): BuiltPage[] {
  cachedPages ??= distFiles()
    .filter((file) => file.endsWith(".html"))
    .map((file) => {
      const html = readDist(file);
      return { file, path: urlPathOf(file), html, document: parseHTML(html).document };
    });
  return cachedPages;
}

/** Whether a URL path is an embed page (live or a release's pinned one), made to be framed and kept out of search engines. */
export function isEmbedPath(path: string): boolean {
  return /^(\/(az|ru))?\/embed\//.test(path) || /^\/v\/[^/]+\/embed\//.test(path);
}

/** Whether a URL path is a chart's data table on its own page (/charts/<id>/table/), noindex like an embed. */
export function isTablePath(path: string): boolean {
  return /^(\/(az|ru))?\/charts\/[^/]+\/table\/$/.test(path);
}

/** Whether a URL path is part of a release (/v/<release>/): archived output, noindex, out of the sitemap. */
export function isPinnedPath(path: string): boolean {
  return path.startsWith("/v/");
}

/** The site's public origin ("https://…"), read from the Sitemap line Astro wrote into dist/robots.txt. */
export function siteOrigin(): string {
  const robots = fileForPath("/robots.txt") === undefined ? "" : readDist("robots.txt");
  const line = /^Sitemap:\s*(\S+)/im.exec(robots);
  if (line?.[1] === undefined)
    throw new Error("dist/robots.txt has no Sitemap line to read the site origin from");
  return new URL(line[1]).origin;
}

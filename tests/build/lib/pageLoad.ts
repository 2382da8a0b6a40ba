import { type BuiltPage, fileForPath, readDist } from "./dist.ts";

/** What loading one page costs: the local files it fetches (through CSS and JS imports too) and its inline code. */
export interface PageLoad {
  /** Files in dist/ the page fetches besides its HTML, sorted. */
  readonly assets: readonly string[];
  /** Text of the page's executable inline <script> elements. */
  readonly inlineScripts: readonly string[];
  /** Text of the page's inline <style> elements. */
  readonly inlineStyles: readonly string[];
}

const base = "http://dist.invalid";
// rel values whose href the browser fetches on load.
const fetchedRels = /\b(?:stylesheet|modulepreload|preload|icon|apple-touch-icon|manifest)\b/i;

const cssRefs = (css: string): string[] =>
  [...css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]*)\3/gi)].map(
    (match) => match[2] ?? match[4] ?? "",
  );
// Static imports only: dynamic import() is fetched on demand, not on load.
const jsRefs = (js: string): string[] =>
  [...js.matchAll(/\bimport\s*(['"])([^'"]+)\1|\bfrom\s*(['"])([^'"]+)\3/g)].map(
    (match) => match[2] ?? match[4] ?? "",
  );

const toFile = (ref: string, fromPath: string): string | undefined => {
  if (ref === "" || ref.startsWith("data:") || ref.startsWith("#")) return undefined;
  const url = new URL(ref, base + fromPath);
  return url.origin === base ? fileForPath(url.pathname) : undefined;
};

/** Everything a built page loads from dist/, following stylesheets' url()s and scripts' static imports. */
export function pageLoad(page: BuiltPage): PageLoad {
  const { document } = page;
  const refs: string[] = [];
  for (const element of document.querySelectorAll(
    "script[src], link[href], img, source, video[poster], image, use",
  )) {
    const tag = element.tagName.toLowerCase();
    if (tag === "link" && !fetchedRels.test(element.getAttribute("rel") ?? "")) continue;
    for (const name of ["src", "href", "poster", "xlink:href"])
      refs.push(element.getAttribute(name) ?? "");
    for (const candidate of (element.getAttribute("srcset") ?? "").split(",")) {
      refs.push(candidate.trim().split(/\s+/)[0] ?? "");
    }
  }
  const inlineScripts = [...document.querySelectorAll("script:not([src])")]
    .filter((script) =>
      ["", "module", "text/javascript"].includes(script.getAttribute("type") ?? ""),
    )
    .map((script) => script.textContent);
  const inlineStyles = [...document.querySelectorAll("style")].map((style) => style.textContent);
  const styleAttributes = [...document.querySelectorAll("[style]")].map(
    (element) => element.getAttribute("style") ?? "",
  );
  refs.push(
    ...[...inlineStyles, ...styleAttributes].flatMap(cssRefs),
    ...inlineScripts.flatMap(jsRefs),
  );

  const assets = new Set<string>();
  const queue = refs.map((ref) => toFile(ref, page.path));
  while (queue.length > 0) {
    const file = queue.shift();
    if (file === undefined || assets.has(file) || file === page.file) continue;
    assets.add(file);
    const path = `/${file}`;
    if (file.endsWith(".css"))
      queue.push(...cssRefs(readDist(file)).map((ref) => toFile(ref, path)));
    if (file.endsWith(".js") || file.endsWith(".mjs"))
      queue.push(...jsRefs(readDist(file)).map((ref) => toFile(ref, path)));
  }
  return { assets: [...assets].sort(), inlineScripts, inlineStyles };
}

/** Ids that occur more than once in a document, each listed once, sorted. */
export function duplicateIds(document: Document): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const element of document.querySelectorAll("[id]")) {
    const id = element.getAttribute("id") ?? "";
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  return [...repeated].sort();
}

const text = (element: Element | null): string => element?.textContent.trim() ?? "";

/** What each `figure.chart` lacks of the chart contract (caption, source with a link, labelled svg, data table). */
export function chartFigureProblems(document: Document): string[] {
  return [...document.querySelectorAll("figure.chart")].flatMap((figure) => {
    const name = `figure.chart[data-chart="${figure.getAttribute("data-chart") ?? ""}"]`;
    const problems: string[] = [];
    if ((figure.getAttribute("data-chart") ?? "") === "")
      problems.push(`${name} has no data-chart id`);
    if (text(figure.querySelector("figcaption")) === "")
      problems.push(`${name} has no figcaption text`);
    const source = figure.querySelector("p.chart__source");
    if (text(source) === "") problems.push(`${name} has no source line (p.chart__source)`);
    if (source?.querySelector("a[href]") == null) problems.push(`${name} source line has no link`);
    // Outermost svgs only: Plot nests svgs in legends.
    const svgs = [...figure.querySelectorAll("svg")].filter(
      (svg) => svg.parentElement?.closest("svg") == null,
    );
    if (svgs.length === 0) problems.push(`${name} has no inline svg`);
    for (const svg of svgs) {
      // role="group" is accepted too: children of role="img" are presentational, so focusable marks need a group.
      if (!["img", "group"].includes(svg.getAttribute("role") ?? "")) {
        problems.push(`${name} svg lacks role="img" (or "group" when it has focusable marks)`);
      }
      if ((svg.getAttribute("aria-label") ?? "").trim() === "")
        problems.push(`${name} svg lacks aria-label`);
    }
    // The table is inline, or (on the story) opened on demand from the chart's table page, linked for readers
    // without JavaScript; tables.test.ts checks that page holds the table.
    const table = figure.querySelector("details.chart__table table");
    const onDemand = figure.querySelector("details.chart__table[data-fetch] a[href]");
    if (table === null && onDemand === null)
      problems.push(`${name} has no table (or link to one) in details.chart__table`);
    else if (table !== null && table.querySelector("td, th[scope=row]") === null)
      problems.push(`${name} table has no data cells`);
    return problems;
  });
}

/** Links to another origin than the site's that lack rel="noopener", as "href" strings. */
export function externalLinksWithoutNoopener(document: Document, siteOrigin: string): string[] {
  return [...document.querySelectorAll('a[href^="http"]')]
    .filter((a) => new URL(a.getAttribute("href") ?? "", siteOrigin).origin !== siteOrigin)
    .filter((a) => !(a.getAttribute("rel") ?? "").split(/\s+/).includes("noopener"))
    .map((a) => a.getAttribute("href") ?? "");
}

const absolute = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
// Links that only name a document (not fetched by the page) are not resources.
const nonFetchingRels = /\b(?:canonical|alternate|author|license|me|help|bookmark|sitemap)\b/i;

/** Scripts, styles, fonts and images a document would fetch from an absolute (other-host) URL. */
export function absoluteResourceUrls(document: Document): string[] {
  const found: string[] = [];
  for (const element of document.querySelectorAll(
    "[src], [href], [srcset], [poster], [xlink\\:href]",
  )) {
    const tag = element.tagName.toLowerCase();
    if (tag === "a") continue;
    if (tag === "link" && nonFetchingRels.test(element.getAttribute("rel") ?? "")) continue;
    for (const name of ["src", "href", "poster", "xlink:href"]) {
      const value = element.getAttribute(name);
      if (value !== null && absolute.test(value.trim())) found.push(`<${tag} ${name}="${value}">`);
    }
    for (const candidate of (element.getAttribute("srcset") ?? "").split(",")) {
      const url = candidate.trim().split(/\s+/)[0] ?? "";
      if (absolute.test(url)) found.push(`<${tag} srcset="${url}">`);
    }
  }
  for (const style of document.querySelectorAll("style, [style]")) {
    const css =
      style.tagName.toLowerCase() === "style"
        ? style.textContent
        : (style.getAttribute("style") ?? "");
    found.push(...absoluteCssUrls(css));
  }
  return found;
}

/** Absolute URLs a stylesheet would fetch, through url(…) or @import "…". */
export function absoluteCssUrls(css: string): string[] {
  const urls = [
    ...css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]*)\3/gi),
  ].map((match) => (match[2] ?? match[4] ?? "").trim());
  return urls.filter((url) => absolute.test(url)).map((url) => `url(${url})`);
}

/** A URL written in a page, with a label saying where ("<a href>", "<button data-copy>"). */
export interface PageUrl {
  readonly where: string;
  readonly url: string;
}

/** How links are resolved against the built site, so the check itself stays independent of dist/. */
export interface SiteResolver {
  /** The site's public origin; absolute URLs to it count as internal. */
  readonly origin: string;
  /** The file serving a URL path, or undefined when none does. */
  readonly fileFor: (pathname: string) => string | undefined;
  /** The ids in an HTML file (for #anchors), or undefined when the file is not HTML. */
  readonly idsIn: (file: string) => ReadonlySet<string> | undefined;
}

const urlAttributes = ["href", "src", "xlink:href", "data-copy", "action", "poster"];

/** Every URL a document links to or loads: href, src, srcset entries and the permalink buttons' data-copy. */
export function pageUrls(document: Document): PageUrl[] {
  const urls: PageUrl[] = [];
  for (const element of document.querySelectorAll("*")) {
    const tag = element.tagName.toLowerCase();
    for (const name of urlAttributes) {
      const value = element.getAttribute(name);
      if (value !== null) urls.push({ where: `<${tag} ${name}>`, url: value.trim() });
    }
    for (const candidate of (element.getAttribute("srcset") ?? "").split(",")) {
      const url = candidate.trim().split(/\s+/)[0] ?? "";
      if (url !== "") urls.push({ where: `<${tag} srcset>`, url });
    }
  }
  return urls;
}

/** Internal URLs of a page (at URL path `pagePath`) that do not resolve to a file in the site or to an id in it. */
export function brokenLinks(document: Document, pagePath: string, site: SiteResolver): string[] {
  const problems: string[] = [];
  for (const { where, url } of pageUrls(document)) {
    if (/^javascript:/i.test(url)) {
      problems.push(`${where} ${url}: javascript: URLs are not links`);
      continue;
    }
    const target = new URL(url, site.origin + pagePath);
    if (target.origin !== site.origin) continue;
    const file = site.fileFor(target.pathname);
    if (file === undefined) {
      const hint =
        site.fileFor(`${target.pathname}/`) === undefined ? "" : " (add the trailing slash)";
      problems.push(`${where} ${url}: no file in dist/ serves ${target.pathname}${hint}`);
      continue;
    }
    const id = decodeURIComponent(target.hash.slice(1));
    const ids = site.idsIn(file);
    if (id !== "" && ids !== undefined && !ids.has(id)) {
      problems.push(`${where} ${url}: ${file} has no element with id "${id}"`);
    }
  }
  return problems;
}

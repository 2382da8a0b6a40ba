import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { brokenLinks, type SiteResolver } from "./brokenLinks.ts";

const files: Record<string, string[]> = {
  "index.html": ["top", "mines"],
  "data/index.html": [],
  "x.csv": [],
};
const site: SiteResolver = {
  origin: "https://site.org",
  fileFor: (pathname) => {
    const file = pathname.endsWith("/") ? `${pathname.slice(1)}index.html` : pathname.slice(1);
    return file in files ? file : undefined;
  },
  idsIn: (file) => (file.endsWith(".html") ? new Set(files[file]) : undefined),
};
const check = (body: string, path = "/"): string[] =>
  brokenLinks(parseHTML(`<!DOCTYPE html><html><body>${body}</body></html>`).document, path, site);

describe("brokenLinks(document, path, site)", () => {
  it("accepts relative, absolute-path, same-origin and other-origin links that resolve", () => {
    expect(
      check(
        '<a href="/#mines"></a><a href="../"></a><a href="/x.csv"></a><a href="https://site.org/#top"></a><a href="https://other.org/nope"></a>',
        "/data/",
      ),
    ).toEqual([]);
  });

  it("reports a missing page and suggests the trailing slash when that is all that is missing", () => {
    expect(check('<a href="/data"></a><a href="/gone/"></a>')).toEqual([
      "<a href> /data: no file in dist/ serves /data (add the trailing slash)",
      "<a href> /gone/: no file in dist/ serves /gone/",
    ]);
  });

  it("reports an anchor with no matching id, including one in a permalink button's data-copy", () => {
    expect(
      check('<a href="#nowhere"></a><button data-copy="https://site.org/#lost"></button>'),
    ).toEqual([
      '<a href> #nowhere: index.html has no element with id "nowhere"',
      '<button data-copy> https://site.org/#lost: index.html has no element with id "lost"',
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { brokenLinks, type SiteResolver } from "./lib/brokenLinks.ts";
import { builtPages, fileForPath, siteOrigin } from "./lib/dist.ts";

describe("links in dist/", () => {
  const pages = builtPages();
  const idsByFile = new Map(
    pages.map((page) => [
      page.file,
      new Set([...page.document.querySelectorAll("[id]")].map((element) => element.id)),
    ]),
  );
  const site: SiteResolver = {
    origin: siteOrigin(),
    fileFor: fileForPath,
    idsIn: (file) => (file.endsWith(".html") ? (idsByFile.get(file) ?? new Set()) : undefined),
  };

  it("every internal link, asset, permalink and #anchor resolves to a file and an id in dist/", () => {
    const problems = pages.flatMap((page) =>
      brokenLinks(page.document, page.path, site).map((problem) => `${page.path}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });
});

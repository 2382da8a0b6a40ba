import { describe, expect, it } from "vitest";
import { builtPages } from "./lib/dist.ts";
import { englishLeftovers } from "./lib/englishLeftovers.ts";

describe("the Azerbaijani and Russian editions", () => {
  const pages = builtPages().filter((page) => /^\/(az|ru)\//.test(page.path));

  it("build every page of the English edition's kinds (story, charts, embeds, share pages, help pages)", () => {
    for (const lang of ["az", "ru"]) {
      const paths = pages.filter((page) => page.path.startsWith(`/${lang}/`)).map((p) => p.path);
      for (const path of [
        "/",
        "/charts/",
        "/charts/world/",
        "/embed/world/",
        "/s/toll/",
        "/sources/",
      ])
        expect(paths, lang).toContain(`/${lang}${path}`);
    }
  });

  it("leave no visible text in English outside quotes, source titles and proper names", () => {
    const leftovers = pages.flatMap((page) =>
      englishLeftovers(page.document).map((text) => `${page.path}: ${text.slice(0, 120)}`),
    );
    expect(leftovers).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { builtPages, distFiles, readDist } from "./lib/dist.ts";
import { absoluteCssUrls, absoluteResourceUrls } from "./lib/pageChecks.ts";

describe("self-hosting", () => {
  it("no HTML page loads a script, style, font or image from an absolute URL", () => {
    const found = builtPages().flatMap((page) =>
      absoluteResourceUrls(page.document).map((url) => `${page.path}: ${url}`),
    );
    expect(found).toEqual([]);
  });

  it("no CSS file in dist/ fetches anything from an absolute URL", () => {
    const found = distFiles()
      .filter((file) => file.endsWith(".css"))
      .flatMap((file) => absoluteCssUrls(readDist(file)).map((url) => `${file}: ${url}`));
    expect(found).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { builtPages } from "./lib/dist.ts";

const page = (path: string) => {
  const found = builtPages().find((candidate) => candidate.path === path);
  if (found === undefined) throw new Error(`no page at ${path} in dist/`);
  return found;
};

describe("a source's words beside the site's", () => {
  it("isolates every source's publisher (<bdi>) and title (its link has dir=auto) on /sources/", () => {
    const items = [...page("/sources/").document.querySelectorAll(".source-list li")];
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) {
      expect(item.querySelectorAll("bdi")).toHaveLength(1);
      expect(item.querySelector("a")?.getAttribute("dir")).toBe("auto");
    }
  });

  it("isolates every body named in a chart's source line in <bdi>", () => {
    const lines = [...page("/").document.querySelectorAll(".chart__source")];
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(line.querySelector("bdi")).not.toBeNull();
  });
});

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { sections } from "../../src/lib/story/sections.ts";
import { distDir } from "./lib/dist.ts";

const story = parseHTML(readFileSync(join(distDir, "index.html"), "utf8")).document;
const renamed = sections.flatMap((section) =>
  (section.formerIds as readonly string[]).map((formerId) => ({ id: section.id, formerId })),
);

describe("a renamed section keeps its old id working", () => {
  it("has at least one former id to check", () => {
    expect(renamed.length).toBeGreaterThan(0);
  });

  for (const { id, formerId } of renamed) {
    it(`/#${formerId} lands inside the "${id}" section, without JavaScript`, () => {
      const anchor = story.getElementById(formerId);
      expect(anchor).not.toBeNull();
      expect(anchor?.closest("section")?.id).toBe(id);
    });

    it(`/s/${formerId}/ sends readers to /#${id}`, () => {
      const file = join(distDir, "s", formerId, "index.html");
      expect(existsSync(file)).toBe(true);
      const refresh = parseHTML(readFileSync(file, "utf8")).document.querySelector(
        'meta[http-equiv="refresh"]',
      );
      expect(refresh?.getAttribute("content")).toContain(`/#${id}`);
    });
  }
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { quoteNumbers, sameNumber } from "../../src/lib/evidence/quoteNumbers.ts";
import type { PublishedEvidence } from "../../src/lib/evidence/publishedEvidence.ts";
import { builtPages, distDir } from "./lib/dist.ts";

const records = JSON.parse(
  readFileSync(join(distDir, "evidence.json"), "utf8"),
) as PublishedEvidence[];
const byId = new Map(records.map((record) => [record.id, record]));
const story = builtPages().find((page) => page.path === "/");
const figures = [...(story?.document.querySelectorAll(".fact, .date-fact") ?? [])];
// Every number cell of every chart table, on the charts' table pages (the story and chart pages open them in place).
const tableCells = builtPages()
  .filter((page) => /^\/charts\/[a-z-]+\/table\/$/.test(page.path))
  .flatMap((page) =>
    [...page.document.querySelectorAll(".data-table td.num")].map((cell) => ({
      page: page.path,
      cell,
    })),
  );

describe("the evidence behind the story's numbers", () => {
  it("publishes /evidence.json with a verbatim quote, publisher, date and URL for every record", () => {
    expect(records.length).toBeGreaterThan(300);
    const incomplete = records.filter(
      (record) =>
        record.quote.length < 5 || record.publisher === "" || !/^https?:/.test(record.url),
    );
    expect(incomplete.map((record) => record.id)).toEqual([]);
  });

  it("gives every number in the story data-evidence or, for a site calculation, data-calc", () => {
    expect(figures.length).toBeGreaterThan(100);
    const bare = figures.filter(
      (figure) => !figure.hasAttribute("data-evidence") && !figure.hasAttribute("data-calc"),
    );
    expect(bare.map((figure) => figure.textContent)).toEqual([]);
  });

  it("resolves every data-evidence id to a record whose quote states the number shown", () => {
    const problems = figures.flatMap((figure) => {
      const ids = (figure.getAttribute("data-evidence") ?? "").split(" ").filter(Boolean);
      const unknown = ids.filter((id) => !byId.has(id));
      if (unknown.length > 0) return [`${figure.textContent}: unknown ${unknown.join(", ")}`];
      if (!figure.classList.contains("fact") || ids.length === 0) return [];
      // The number as shown, e.g. "about 1.5 million" → 1,500,000; "more than 3,400" → 3,400.
      const [shown] = quoteNumbers(figure.textContent);
      if (shown === undefined) return [];
      const stated = ids.some((id) =>
        quoteNumbers(byId.get(id)?.quote ?? "").some(({ value }) => sameNumber(value, shown.value)),
      );
      return stated ? [] : [`${figure.textContent}: not in the quotes of ${ids.join(", ")}`];
    });
    expect(problems).toEqual([]);
  });

  it("links every figure with evidence to its record's anchor on /evidence/", () => {
    const page = builtPages().find((candidate) => candidate.path === "/evidence/");
    const anchors = new Set(
      [...(page?.document.querySelectorAll("li[id]") ?? [])].map((item) => item.id),
    );
    const links = figures
      .filter((figure) => figure.tagName === "A")
      .map((figure) => decodeURIComponent((figure.getAttribute("href") ?? "").split("#")[1] ?? ""));
    expect(links.length).toBeGreaterThan(50);
    expect(links.filter((id) => !anchors.has(id))).toEqual([]);
  });
});

describe("the evidence behind every number in the chart tables", () => {
  it("gives every number cell data-evidence or, for a site calculation, data-calc with its method", () => {
    expect(tableCells.length).toBeGreaterThan(300);
    const bare = tableCells.filter(
      ({ cell }) =>
        (cell.getAttribute("data-evidence") ?? "") === "" &&
        (cell.getAttribute("data-calc") ?? "") === "",
    );
    expect(bare.map(({ page, cell }) => `${page}: ${cell.textContent}`)).toEqual([]);
  });

  it("resolves every cell's evidence ids to records whose quotes state the number, qualifier included", () => {
    const problems = tableCells.flatMap(({ page, cell }) => {
      const ids = (cell.getAttribute("data-evidence") ?? "").split(" ").filter(Boolean);
      if (ids.length === 0) return [];
      const unknown = ids.filter((id) => !byId.has(id));
      if (unknown.length > 0) return [`${page} ${cell.textContent}: unknown ${unknown.join(", ")}`];
      const [shown] = quoteNumbers(cell.textContent);
      if (shown === undefined) return [`${page} ${cell.textContent}: no number`];
      const stated = ids.some((id) =>
        quoteNumbers(byId.get(id)?.quote ?? "").some(
          ({ value, qualifier }) =>
            sameNumber(value, shown.value) &&
            (qualifier ?? "exact") === (shown.qualifier ?? "exact"),
        ),
      );
      return stated
        ? []
        : [`${page} ${cell.textContent}: not so in the quotes of ${ids.join(", ")}`];
    });
    expect(problems).toEqual([]);
  });

  it("keeps a qualified number's qualifier in the chart's tooltips too, in both layouts ('about 200', 'at least 6,897')", () => {
    const problems = builtPages()
      .filter((page) => /^\/charts\/[a-z-]+\/$/.test(page.path))
      .flatMap((page) => {
        // The narrow layout is inline; the wide one is fetched from wide.svg where the chart is wide.
        const wide = readFileSync(join(distDir, page.path, "wide.svg"), "utf8");
        const holder = page.document.createElement("div");
        holder.innerHTML = wide;
        const marks = [page.document, holder].flatMap((root) => [
          ...root.querySelectorAll(".chart-svg [aria-label]"),
        ]);
        const tips = marks.map((mark) => mark.getAttribute("aria-label") ?? "").join("\n");
        const table = builtPages().find((candidate) => candidate.path === `${page.path}table/`);
        const qualified = [...(table?.document.querySelectorAll(".data-table td.num") ?? [])]
          .map((cell) => cell.textContent.trim())
          .flatMap((text) => {
            const match = /^(about|more than|nearly|at least|up to) ([\d,.]+)$/.exec(text);
            return match ? [[match[1] ?? "", match[2] ?? ""] as const] : [];
          });
        // A currency sign may stand between the words and the number ("about US$320,000").
        return qualified
          .filter(
            ([words, number]) =>
              !tips.includes(`${words} ${number}`) &&
              !new RegExp(`${words} \\S{1,4}${number.replace(/[.]/g, "\\.")}`).test(tips),
          )
          .map(([words, number]) => `${page.path}: "${words} ${number}" is not in any tooltip`);
      });
    expect(problems).toEqual([]);
  });
});

describe("the quotes behind the story's figures, fetched by their tooltips", () => {
  it.each(["", "/az", "/ru"])(
    "every evidence id of a figure on the story at '%s/' has its words in that edition's /evidence/quotes.json",
    (edition) => {
      const story = builtPages().find((page) => page.path === `${edition}/`);
      if (story === undefined) throw new Error(`no story at ${edition}/ in dist/`);
      const quotes = JSON.parse(
        readFileSync(join(distDir, edition, "evidence", "quotes.json"), "utf8"),
      ) as Record<string, string>;
      expect(
        story.document.querySelector('meta[name="evidence-quotes"]')?.getAttribute("content"),
      ).toBe(`${edition}/evidence/quotes.json`);
      const ids = [...story.document.querySelectorAll("[data-evidence]")].flatMap((element) =>
        (element.getAttribute("data-evidence") ?? "").split(" "),
      );
      expect(ids.length).toBeGreaterThan(50);
      expect(ids.filter((id) => !(quotes[id] ?? "").startsWith("“"))).toEqual([]);
    },
  );
});

import { describe, expect, it } from "vitest";
import { charts } from "../../src/charts/registry.ts";
import { builtPages } from "./lib/dist.ts";

describe("the story page", () => {
  const story = builtPages().find((page) => page.path === "/");
  const shown = [...(story?.document.querySelectorAll("figure[data-chart]") ?? [])].map(
    (figure) => figure.getAttribute("data-chart") ?? "",
  );

  it("is built", () => {
    expect(story).toBeDefined();
  });

  it("shows every registry chart exactly once", () => {
    const count = (id: string): number => shown.filter((candidate) => candidate === id).length;
    expect(charts.map((chart) => `${chart.id}: ${String(count(chart.id))}`)).toEqual(
      charts.map((chart) => `${chart.id}: 1`),
    );
  });

  it("shows no chart that is not in the registry", () => {
    const registered = new Set(charts.map((chart) => chart.id));
    expect(shown.filter((id) => !registered.has(id))).toEqual([]);
  });

  it("places each chart in the section the registry gives it", () => {
    const misplaced = charts
      .filter((chart) => {
        const figure = story?.document.querySelector(`figure[data-chart="${chart.id}"]`);
        return figure?.closest("section.story-section")?.id !== chart.section;
      })
      .map((chart) => chart.id);
    expect(misplaced).toEqual([]);
  });

  it("renders every figure in the prose with its source tooltip: sources named, or evidence to fetch", () => {
    const facts = [...(story?.document.querySelectorAll(".fact, .date-fact") ?? [])];
    expect(facts.length).toBeGreaterThan(50);
    expect(
      facts.filter(
        (fact) =>
          !(fact.getAttribute("data-tip") ?? "").includes(":") &&
          (fact.getAttribute("data-evidence") ?? "") === "",
      ),
    ).toEqual([]);
  });

  it("keeps a space between every figure in the prose and the words around it", () => {
    const glued = [...(story?.document.querySelectorAll(".fact, .date-fact") ?? [])].flatMap(
      (fact) => {
        const before = fact.previousSibling?.textContent ?? " ";
        const after = fact.nextSibling?.textContent ?? " ";
        return /[\p{L}\d,;:]$/u.test(before) || /^[\p{L}\d(]/u.test(after)
          ? [`${before.slice(-20)}[${fact.textContent}]${after.slice(0, 20)}`]
          : [];
      },
    );
    expect(glued).toEqual([]);
  });
});

/** A chart as the story needs to know it: its id and the section it belongs to. */
export interface PlaceableChart {
  id: string;
  section: string;
}

/**
 * Places a section's registered charts between its paragraphs: `slots` lists the chart ids wanted at each
 * place; ids not (yet) registered are skipped, and every chart of the section that no slot names goes in
 * `rest`, so each registered chart appears exactly once.
 */
export function placeCharts(
  registry: readonly PlaceableChart[],
  section: string,
  slots: readonly (readonly string[])[],
): { slots: string[][]; rest: string[] } {
  const named = slots.flat();
  const twice = named.find((id, index) => named.indexOf(id) !== index);
  if (twice !== undefined)
    throw new Error(`placeCharts: chart "${twice}" is placed twice in ${section}`);
  const own = registry.filter((chart) => chart.section === section).map((chart) => chart.id);
  const placed = slots.map((ids) => ids.filter((id) => own.includes(id)));
  return { slots: placed, rest: own.filter((id) => !named.includes(id)) };
}

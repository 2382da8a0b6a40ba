/** A section of the story: its permanent id (the URL fragment and share path) and any older ids that still work. */
export interface StorySection {
  /** Permanent id: never change it; rename by adding the old id to `formerIds` of a new one. */
  id: string;
  /** Ids this section had before; /#old and /s/old/ still lead here. */
  formerIds: readonly string[];
}

/** Every section of the story in reading order; the one list that permalinks, the table of contents and share pages use. */
export const sections = [
  { id: "what-happened", formerIds: [] },
  { id: "how-much-land", formerIds: [] },
  { id: "toll", formerIds: [] },
  { id: "who-is-hurt", formerIds: [] },
  // "map" works as an alias of "where" (a reader guessing /#map or /s/map/ reaches the map), and proves the mechanism.
  { id: "where", formerIds: ["map"] },
  { id: "clearance", formerIds: [] },
  { id: "mine-maps", formerIds: [] },
  { id: "who-pays", formerIds: [] },
  { id: "world", formerIds: [] },
  { id: "unknowns", formerIds: [] },
] as const satisfies readonly StorySection[];

/** A story section's permanent id. */
export type SectionId = (typeof sections)[number]["id"];

/** The section a current or former id leads to, or undefined. */
export function resolveSectionId(id: string): SectionId | undefined {
  const section = sections.find(
    (candidate) => candidate.id === id || (candidate.formerIds as readonly string[]).includes(id),
  );
  return section?.id;
}

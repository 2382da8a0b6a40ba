import type { CasualtyYear } from "../../lib/schemas/casualties.ts";
import type { GlobalCasualtyYear } from "../../lib/schemas/world.ts";
import { pickYearRow } from "../parts/pickYearRow.ts";

/** A row of the world chart: a year with the world figure (and Azerbaijan's, if any), or a run of years without one. */
export type WorldRow =
  | {
      kind: "year";
      year: number;
      world: GlobalCasualtyYear;
      /** Azerbaijan's full-year row drawn beside it, or null where no full-year total exists. */
      azerbaijan: CasualtyYear | null;
      /** Other full-year rows for Azerbaijan that year (other bodies), for the tooltip. */
      azerbaijanOthers: CasualtyYear[];
    }
  | { kind: "gap"; from: number; to: number };

/**
 * The world chart's rows, oldest first: each year with a Landmine Monitor world figure, and one "gap" row for each
 * run of years without one. Azerbaijan's figure is a full-year row with a total, picked by the casualties-by-year rule.
 */
export function worldRows(
  world: readonly GlobalCasualtyYear[],
  azerbaijan: readonly CasualtyYear[],
): WorldRow[] {
  const years = [...world].filter((row) => row.total !== null).sort((a, b) => a.year - b.year);
  const rows: WorldRow[] = [];
  let previous: number | undefined;
  for (const row of years) {
    if (previous !== undefined && row.year > previous + 1) {
      rows.push({ kind: "gap", from: previous + 1, to: row.year - 1 });
    }
    const full = azerbaijan.filter(
      (candidate) =>
        candidate.year === row.year && candidate.coverage === "full" && candidate.total !== null,
    );
    const shown = pickYearRow(full) ?? null;
    rows.push({
      kind: "year",
      year: row.year,
      world: row,
      azerbaijan: shown,
      azerbaijanOthers: full.filter((candidate) => candidate !== shown),
    });
    previous = row.year;
  }
  return rows;
}

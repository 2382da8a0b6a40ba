import type { CasualtyYear } from "../../lib/schemas/casualties.ts";
import { pickYearRow } from "../parts/pickYearRow.ts";

/** The row shown for one calendar year, the other rows reported for it, or none at all. */
export interface YearSlot {
  year: number;
  series: CasualtyYear["series"];
  /** The row drawn; null where no row exists for the year ("no figure"). */
  shown: CasualtyYear | null;
  /** Other rows for the same year, for the tooltip and table. */
  others: CasualtyYear[];
}

/**
 * One slot per year in each series, oldest first: every year that has rows, plus, in the post-2020 series,
 * every year between its first and last row that has none (shown as "no figure", never as zero).
 */
export function yearSlots(rows: readonly CasualtyYear[]): YearSlot[] {
  const slots: YearSlot[] = [];
  for (const series of ["landmine-monitor", "post-2020"] as const) {
    const inSeries = rows.filter((row) => row.series === series);
    const years = [...new Set(inSeries.map((row) => row.year))].sort((a, b) => a - b);
    const first = years[0];
    const last = years.at(-1);
    if (first === undefined || last === undefined) continue;
    // Landmine Monitor years in our sources are scattered (2007, 2012–2014): listing the missing ones adds noise.
    const all =
      series === "post-2020"
        ? Array.from({ length: last - first + 1 }, (_, i) => first + i)
        : years;
    for (const year of all) {
      const forYear = inSeries.filter((row) => row.year === year);
      const shown = pickYearRow(forYear) ?? null;
      slots.push({ year, series, shown, others: forYear.filter((row) => row !== shown) });
    }
  }
  return slots;
}

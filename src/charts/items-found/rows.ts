import type { ClearanceYear } from "../../lib/schemas/clearance.ts";
import { formatNumber } from "../../lib/format.ts";
import type { Edition } from "../../i18n/edition.ts";
import type { BarRow, SegmentStyle } from "../parts/barRow.ts";
import { qualifierOf } from "../../lib/evidence/qualifierOf.ts";
import { qualified } from "../../lib/qualifierWords.ts";
import { shortName } from "../parts/shortName.ts";
import { isPartYear, rowContext } from "../parts/clearanceYear.ts";
import type { Layout } from "../types.ts";

/** The three kinds of item, in the order drawn. */
export const ITEM_TYPES = ["apMines", "atMines", "uxo"] as const;

/** One kind of item found. */
export type ItemType = (typeof ITEM_TYPES)[number];

const STYLES: Record<ItemType, SegmentStyle> = {
  apMines: { tone: "orange", fill: "solid" },
  atMines: { tone: "orange", fill: "light" },
  uxo: { tone: "grey", fill: "light" },
};

/** A year on the chart and the row whose breakdown it shows, or null when no body published one. */
export interface ItemsYear {
  year: number;
  row: ClearanceYear | null;
}

/** Whether a row gives all three counts. */
export function hasBreakdown(row: ClearanceYear): boolean {
  return row.apMines !== null && row.atMines !== null && row.uxo !== null;
}

/** Every year from the first to the last annual row, each with its breakdown (the headline row's if it has one). */
export function itemsByYear(rows: readonly ClearanceYear[]): ItemsYear[] {
  if (rows.length === 0) return [];
  const years = rows.map((row) => row.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, index) => {
    const year = first + index;
    const candidates = rows.filter((row) => row.year === year && hasBreakdown(row));
    return { year, row: candidates.find((row) => row.primary) ?? candidates[0] ?? null };
  });
}

/** The qualifier of a row's item counts (the anti-personnel count's; the data gives the three counts alike). */
export function countQualifier(row: ClearanceYear): ClearanceYear["qualifier"] {
  return qualifierOf(row, "apMines");
}

/** The tooltip of one count: year, kind and count as stated, the months if partial, what is counted, who says it. */
export function itemTip(row: ClearanceYear, type: ItemType, edition: Edition): string {
  const t = edition.strings.charts.itemsFound;
  const count = qualified(
    formatNumber(row[type] ?? 0, edition.locale),
    countQualifier(row),
    edition.strings.qualifiers,
  );
  return [t.tip(String(row.year), t.types[type].long, count), ...rowContext(row, edition)].join(
    "\n",
  );
}

/** The bar rows: per year a heading (with who, and "part of the year" where so), then three bars or a note. */
export function itemRows(years: readonly ItemsYear[], layout: Layout, edition: Edition): BarRow[] {
  const t = edition.strings.charts.itemsFound;
  const length = layout === "narrow" ? "short" : "long";
  return years.flatMap(({ year, row }): BarRow[] => {
    if (!row) {
      return [
        { kind: "header", label: String(year) },
        { kind: "note", label: t.noBreakdown },
      ];
    }
    const who = isPartYear(row)
      ? `${shortName(row.reportedBy, edition)}, ${t.partYear}`
      : shortName(row.reportedBy, edition);
    return [
      { kind: "header", label: t.header(String(year), who) },
      ...ITEM_TYPES.map((type): BarRow => {
        const value = row[type] ?? 0;
        return {
          kind: "bar",
          label: t.types[type][length],
          value: qualified(
            formatNumber(value, edition.locale),
            countQualifier(row),
            edition.strings.qualifiers,
          ),
          segments: [{ x1: 0, x2: value, style: STYLES[type], tip: itemTip(row, type, edition) }],
        };
      }),
    ];
  });
}

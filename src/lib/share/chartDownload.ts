import { sourceLabel, type SourceParts } from "./sourceLabel.ts";

/** A value in a chart's table. */
export type TableCell = string | number | null;

/** The table a chart shows (structurally the chart registry's ChartTable). */
export interface ShownTable {
  columns: readonly { key: string; label: string; format?: string | undefined }[];
  rows: readonly (Readonly<Record<string, TableCell>> & { sources: string })[];
}

/** A chart's data as downloaded: its columns in order, then `sources` (ids) and `source` (expanded). */
export interface ChartDownload {
  columns: string[];
  rows: Record<string, TableCell>[];
}

/** Separates several sources in one `source` field. */
export const SOURCE_SEPARATOR = " | ";

/**
 * Exactly the rows a chart shows, each with its source ids and a `source` field naming every source
 * as "Publisher, Title, date, URL", joined by " | ", so a row keeps its provenance when copied alone.
 */
export function chartDownload(
  table: ShownTable,
  lookup: (sourceId: string) => SourceParts,
): ChartDownload {
  const keys = table.columns.map((column) => column.key).filter((key) => key !== "sources");
  const rows = table.rows.map((row) => {
    const ids = row.sources.split(/\s+/).filter((id) => id !== "");
    const cells: Record<string, TableCell> = {};
    for (const key of keys) cells[key] = row[key] ?? null;
    cells["sources"] = ids.join(" ");
    cells["source"] = ids.map((id) => sourceLabel(lookup(id))).join(SOURCE_SEPARATOR);
    return cells;
  });
  return { columns: [...keys, "sources", "source"], rows };
}

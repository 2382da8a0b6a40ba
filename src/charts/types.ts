import type { Datasets } from "../lib/data/datasets.ts";
import type { Edition } from "../i18n/edition.ts";

/** The two layouts every chart is drawn in: narrow for phones, wide for tablets and desktops. */
export type Layout = "narrow" | "wide";

/** What a chart function receives besides its data. */
export interface ChartContext {
  /** Drawing width in CSS pixels. */
  width: number;
  /** The server-side document to create elements in. */
  document: Document;
  layout: Layout;
  /** The edition drawn: its strings (labels, tooltips) and its Intl locale (numbers, dates). */
  edition: Edition;
}

/** A chart function: validated data and a context in, an SVG element out. */
export type ChartFunction<D> = (data: D, context: ChartContext) => SVGSVGElement;

/** A value in a chart's data table and downloads. */
export type Cell = string | number | null;

/** One column of a chart's data table, CSV and JSON download. */
export interface TableColumn {
  key: string;
  label: string;
  /** How to show the value in the HTML table. */
  format?: "number" | "date" | "text" | "percent";
}

/**
 * Where a number in a table cell comes from: the data/evidence.json records whose quotes state it (with the source's
 * qualifier, "about", "more than"), or the site's own calculation and its method.
 */
export type CellSource =
  { evidence: readonly string[]; qualifier?: string | undefined } | { calc: string };

/** The exact data a chart shows, as a table: also the CSV/JSON download. Every row names its sources. */
export interface ChartTable {
  columns: TableColumn[];
  rows: (Record<string, Cell> & { sources: string })[];
  /** For each row, the source of each of its number cells (by column key): shown in the HTML table, not downloaded. */
  provenance?: readonly Readonly<Record<string, CellSource>>[];
}

/** The words around a chart: they live in the page's Figure, not in the SVG. */
export interface ChartText {
  title: string;
  subtitle: string;
  notes?: readonly string[];
}

/** One chart in the registry: everything pages, embeds, downloads and tests need. */
export interface ChartSpec<D = unknown> {
  /** Stable slug used in URLs (/charts/<id>/) and element ids. */
  id: string;
  /** The story section the chart belongs to. */
  section: string;
  /** The chart's headline, dek and notes in an edition, from its strings (src/i18n/<lang>/charts/). */
  text: (edition: Edition) => ChartText;
  /** Picks and shapes the data the chart shows from the validated datasets. */
  select: (datasets: Datasets) => D;
  /** Draws the chart. */
  render: ChartFunction<D>;
  /** A text alternative generated from the data, in an edition. */
  altText: (data: D, edition: Edition) => string;
  /** The data shown, as a table, with the edition's column labels. */
  table: (data: D, edition: Edition) => ChartTable;
  /** Ids (data/sources.json) of every source the shown data comes from. */
  sourceIds: (data: D) => string[];
  /** The bodies that state the figures shown ("who says it"), for the source line. */
  reportedBy: (data: D) => string[];
  /** Extra source credit that is not a data row (e.g. "Made with Natural Earth"). */
  credit?: (edition: Edition) => string;
}

/** Registers a chart: checks its parts agree on one data type, then erases it for the registry list. */
export function defineChart<D>(spec: ChartSpec<D>): ChartSpec {
  return spec as unknown as ChartSpec;
}

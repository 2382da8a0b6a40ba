import { dataAsOf } from "../../lib/data/dataAsOf.ts";
import type { Datasets } from "../../lib/data/datasets.ts";
import type { ChartSpec, ChartTable, ChartText, Layout } from "../types.ts";
import type { Edition } from "../../i18n/edition.ts";
import { createDocument } from "./createDocument.ts";
import { serializeSvg, type SvgElement } from "../../lib/share/svgTree.ts";
import { finishSvg } from "./finishSvg.ts";
import { svgTreeOf } from "./svgTreeOf.ts";

/** Drawing widths of the two layouts, in CSS pixels. */
export const LAYOUT_WIDTHS: Record<Layout, number> = { narrow: 300, wide: 720 };

/** One layout of a rendered chart. */
export interface RenderedLayout {
  layout: Layout;
  width: number;
  height: number;
  /** The finished SVG as a tree, for the downloads and cards that rework it. */
  tree: SvgElement;
  /** Serialized inline SVG (every attribute and text escaped). */
  svg: string;
}

/** A chart rendered at build time: both layouts, its alt text, table and sources. */
export interface RenderedChart {
  id: string;
  /** The chart's headline, dek and notes in the edition rendered. */
  text: ChartText;
  altText: string;
  table: ChartTable;
  sourceIds: string[];
  /** The bodies that state the figures shown. */
  reportedBy: string[];
  credit: string | undefined;
  /** How recent its figures are: an ISO day or month, or a year for data counted by year (see dataAsOf). */
  dataAsOf: string | undefined;
  layouts: RenderedLayout[];
}

// Memoized per datasets object and edition: a page renders the same chart in its figure, share links and card.
const cache = new WeakMap<Datasets, WeakMap<Edition, Map<string, RenderedChart>>>();

/** Renders a registry chart from the datasets in an edition, in both layouts, deterministically. */
export function renderChart(spec: ChartSpec, datasets: Datasets, edition: Edition): RenderedChart {
  let byEdition = cache.get(datasets);
  if (!byEdition) {
    byEdition = new WeakMap();
    cache.set(datasets, byEdition);
  }
  let byId = byEdition.get(edition);
  if (!byId) {
    byId = new Map();
    byEdition.set(edition, byId);
  }
  const cached = byId.get(spec.id);
  if (cached) return cached;
  const rendered = renderChartData(spec, spec.select(datasets), edition);
  byId.set(spec.id, rendered);
  return rendered;
}

/** Renders a registry chart from data already selected (its `select` output, e.g. a test fixture), in both layouts. */
export function renderChartData(spec: ChartSpec, data: unknown, edition: Edition): RenderedChart {
  const altText = spec.altText(data, edition);
  const layouts = (Object.keys(LAYOUT_WIDTHS) as Layout[]).map((layout) => {
    const width = LAYOUT_WIDTHS[layout];
    const document = createDocument();
    const svg = spec.render(data, { width, document, layout, edition });
    finishSvg(svg, { altText, idPrefix: `${spec.id}-${layout}` });
    const height = Number(svg.getAttribute("height") ?? 0);
    const tree = svgTreeOf(svg);
    return { layout, width, height, tree, svg: serializeSvg(tree) };
  });
  return {
    id: spec.id,
    text: spec.text(edition),
    altText,
    table: spec.table(data, edition),
    sourceIds: spec.sourceIds(data),
    reportedBy: spec.reportedBy(data),
    credit: spec.credit?.(edition),
    dataAsOf: dataAsOf(data),
    layouts,
  };
}

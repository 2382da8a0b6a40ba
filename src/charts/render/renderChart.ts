import type { Datasets } from "../../lib/data/datasets.ts";
import type { ChartSpec, ChartTable, Layout } from "../types.ts";
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
  altText: string;
  table: ChartTable;
  sourceIds: string[];
  /** The bodies that state the figures shown. */
  reportedBy: string[];
  credit: string | undefined;
  layouts: RenderedLayout[];
}

const cache = new WeakMap<Datasets, Map<string, RenderedChart>>();

/** Renders a registry chart from the datasets in both layouts, deterministically (memoized per datasets object). */
export function renderChart(spec: ChartSpec, datasets: Datasets): RenderedChart {
  let byId = cache.get(datasets);
  if (!byId) {
    byId = new Map();
    cache.set(datasets, byId);
  }
  const cached = byId.get(spec.id);
  if (cached) return cached;
  const rendered = renderUncached(spec, datasets);
  byId.set(spec.id, rendered);
  return rendered;
}

function renderUncached(spec: ChartSpec, datasets: Datasets): RenderedChart {
  return renderChartData(spec, spec.select(datasets));
}

/** Renders a registry chart from data already selected (its `select` output, e.g. a test fixture), in both layouts. */
export function renderChartData(spec: ChartSpec, data: unknown): RenderedChart {
  const altText = spec.altText(data);
  const layouts = (Object.keys(LAYOUT_WIDTHS) as Layout[]).map((layout) => {
    const width = LAYOUT_WIDTHS[layout];
    const document = createDocument();
    const svg = spec.render(data, { width, document, layout });
    finishSvg(svg, { altText, idPrefix: `${spec.id}-${layout}` });
    const height = Number(svg.getAttribute("height") ?? 0);
    const tree = svgTreeOf(svg);
    return { layout, width, height, tree, svg: serializeSvg(tree) };
  });
  return {
    id: spec.id,
    altText,
    table: spec.table(data),
    sourceIds: spec.sourceIds(data),
    reportedBy: spec.reportedBy(data),
    credit: spec.credit,
    layouts,
  };
}

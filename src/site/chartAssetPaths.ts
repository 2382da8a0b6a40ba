/** The path of a chart's wide layout, the inline-ready SVG a page fetches where the chart's frame is wide. */
export function wideLayoutPath(chartId: string): string {
  return `/charts/${chartId}/wide.svg`;
}

/** The path of a chart's data-table page, which the story's figures open in place. */
export function tablePath(chartId: string): string {
  return `/charts/${chartId}/table/`;
}

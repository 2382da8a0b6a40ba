// The routes of every per-chart page, embed, oEmbed, download and card: one per chart in the registry.
import { charts } from "../charts/registry.ts";
import { inEveryEdition } from "./editionPaths.ts";

/** One route per registry chart, its id in the `id` parameter. */
export const chartIds = (): { params: { id: string } }[] =>
  charts.map((chart) => ({ params: { id: chart.id } }));

/** getStaticPaths of a per-chart route: one route per registry chart and edition. */
export const chartPaths = (): { params: { id: string; locale: string | undefined } }[] =>
  inEveryEdition(chartIds());

// getStaticPaths shared by every per-chart download: one file per chart in the registry.
import { charts } from "../charts/registry.ts";

/** One route per registry chart, by id. */
export const chartPaths = (): { params: { id: string } }[] =>
  charts.map((chart) => ({ params: { id: chart.id } }));

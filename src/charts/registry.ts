import type { ChartSpec } from "./types.ts";
import { victimsSinceCeasefireSpec } from "./victims-since-ceasefire/spec.ts";
import { contaminationEstimatesSpec } from "./how-much-land/spec.ts";
import { casualtiesByYearSpec } from "./casualties-by-year/spec.ts";
import { whoIsHurtSpec } from "./who-is-hurt/spec.ts";
import { whoPaysSpec } from "./who-pays/spec.ts";
import { worldCasualtiesSpec } from "./world/spec.ts";
import { districtMapSpec } from "./district-map/spec.ts";
import { eventTimelineSpec } from "./timeline/spec.ts";
import { clearancePaceByYearSpec } from "./clearance-by-year/spec.ts";
import { clearancePaceProgressSpec } from "./clearance-progress/spec.ts";
import { itemsFoundSpec } from "./items-found/spec.ts";

/** Every chart of the site, in story order: pages, embeds, downloads, cards and snapshot tests all read this list. */
export const charts: readonly ChartSpec[] = [
  eventTimelineSpec,
  contaminationEstimatesSpec,
  victimsSinceCeasefireSpec,
  casualtiesByYearSpec,
  whoIsHurtSpec,
  districtMapSpec,
  clearancePaceByYearSpec,
  clearancePaceProgressSpec,
  itemsFoundSpec,
  whoPaysSpec,
  worldCasualtiesSpec,
];

/** The registry entry with this id, or an error naming the unknown id. */
export function chartById(id: string): ChartSpec {
  const spec = charts.find((chart) => chart.id === id);
  if (!spec) throw new Error(`No chart with id "${id}" in src/charts/registry.ts`);
  return spec;
}

import type { ChartSpec } from "./types.ts";
import { victimsSinceCeasefireSpec } from "./specs/victimsSinceCeasefire.ts";
import { contaminationEstimatesSpec } from "./specs/contaminationEstimates.ts";
import { casualtiesByYearSpec } from "./specs/casualtiesByYear.ts";
import { whoIsHurtSpec } from "./specs/whoIsHurt.ts";
import { whoPaysSpec } from "./specs/whoPays.ts";
import { worldCasualtiesSpec } from "./specs/worldCasualties.ts";
import { districtMapSpec } from "./specs/districtMap.ts";
import { eventTimelineSpec } from "./specs/eventTimeline.ts";
import { clearancePaceByYearSpec } from "./specs/clearancePaceByYear.ts";
import { clearancePaceProgressSpec } from "./specs/clearancePaceProgress.ts";
import { itemsFoundSpec } from "./specs/itemsFound.ts";

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

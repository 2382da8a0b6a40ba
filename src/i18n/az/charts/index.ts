import type { Strings } from "../../en/index.ts";
import { victimsSinceCeasefire } from "./victimsSinceCeasefire.ts";
import { districtMap } from "./districtMap.ts";
import { eventTimeline } from "./eventTimeline.ts";
import { casualtiesByYear } from "./casualtiesByYear.ts";
import { whoIsHurt } from "./whoIsHurt.ts";
import { whoPays } from "./whoPays.ts";
import { worldCasualties } from "./worldCasualties.ts";
import { contaminationEstimates } from "./contaminationEstimates.ts";
import { clearancePaceByYear } from "./clearancePaceByYear.ts";
import { clearancePaceProgress } from "./clearancePaceProgress.ts";
import { itemsFound } from "./itemsFound.ts";

/** Azerbaijani strings of every chart, by chart function name (one file per chart beside this one). */
export const charts: Strings["charts"] = {
  victimsSinceCeasefire,
  districtMap,
  eventTimeline,
  casualtiesByYear,
  whoIsHurt,
  whoPays,
  worldCasualties,
  contaminationEstimates,
  clearancePaceByYear,
  clearancePaceProgress,
  itemsFound,
};

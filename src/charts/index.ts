// Every chart function, for the benchmark's client-side baseline (what a browser would need to draw them itself).
export { casualtiesByYear } from "./casualties-by-year/chart.ts";
export { clearancePaceByYear } from "./clearance-by-year/chart.ts";
export { clearancePaceProgress } from "./clearance-progress/chart.ts";
export { contaminationEstimates } from "./how-much-land/chart.ts";
export { districtMap } from "./district-map/chart.ts";
export { eventTimeline } from "./timeline/chart.ts";
export { itemsFound } from "./items-found/chart.ts";
export { victimsSinceCeasefire } from "./victims-since-ceasefire/chart.ts";
export { whoIsHurt } from "./who-is-hurt/chart.ts";
export { whoPays } from "./who-pays/chart.ts";
export { worldCasualties } from "./world/chart.ts";

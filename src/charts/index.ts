// Every chart function, for the benchmark's client-side baseline (what a browser would need to draw them itself).
export { casualtiesByYear } from "./casualtiesByYear.ts";
export { clearancePaceByYear } from "./clearancePaceByYear.ts";
export { clearancePaceProgress } from "./clearancePaceProgress.ts";
export { contaminationEstimates } from "./contaminationEstimates.ts";
export { districtMap } from "./districtMap.ts";
export { eventTimeline } from "./eventTimeline.ts";
export { itemsFound } from "./itemsFound.ts";
export { victimsSinceCeasefire } from "./victimsSinceCeasefire.ts";
export { whoIsHurt } from "./whoIsHurt.ts";
export { whoPays } from "./whoPays.ts";
export { worldCasualties } from "./worldCasualties.ts";

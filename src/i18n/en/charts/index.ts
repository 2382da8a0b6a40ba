import { victimsSinceCeasefire } from "./victimsSinceCeasefire.ts";

/** English strings of every chart, by chart function name (one file per chart beside this one). */
export const charts = {
  victimsSinceCeasefire,
} as const;

import { figureDates } from "../data/dataAsOf.ts";
import type { Datasets } from "../data/datasets.ts";

// Datasets of figures (numbers a source states); events, claims, sources, evidence and the changelog are not.
const figureDatasets = [
  "casualtyRunningTotals",
  "casualtiesByYear",
  "casualtyHistoricalTotals",
  "contaminationEstimates",
  "clearanceByYear",
  "clearanceRunningTotals",
  "clearanceTargets",
  "fundingSplits",
  "donors",
  "districts",
  "clearanceAreasNotOnMap",
  "globalCasualties",
] as const satisfies readonly (keyof Datasets)[];

/**
 * The date of the newest figure the site shows (ISO day or month): the latest `asOf` or `date` of any row, or of
 * any fact inside a row, that cites evidence. Stated beside "last updated", which is when the content last changed.
 */
export function newestFigure(datasets: Pick<Datasets, (typeof figureDatasets)[number]>): string {
  const dates = figureDatasets.flatMap((name) => figureDates(datasets[name]));
  const newest = dates.reduce((latest, date) => (date > latest ? date : latest), "");
  if (newest === "")
    throw new Error("no dated figure in data/: the story cannot say how recent it is");
  return newest;
}

import type { CasualtyHistoricalTotal, CasualtyRunningTotal } from "../schemas/casualties.ts";
import type { ClearanceRunningTotal } from "../schemas/clearance.ts";
import type { District } from "../schemas/districts.ts";
import type { Evidence } from "../schemas/evidence.ts";
import type { Source } from "../schemas/sources.ts";
import { checkEvidence } from "./checks/checkEvidence.ts";
import { checkEvidenceDates } from "./checks/checkEvidenceDates.ts";
import { checkEvidenceReferences } from "./checks/checkEvidenceReferences.ts";
import { checkDistricts } from "./checks/checkDistricts.ts";
import { checkEventReferences } from "./checks/checkEventReferences.ts";
import { checkRunningTotals } from "./checks/checkRunningTotals.ts";
import { checkSortOrder } from "./checks/checkSortOrder.ts";
import { checkSourceReferences } from "./checks/checkSourceReferences.ts";
import { checkSums, type CountRow } from "./checks/checkSums.ts";
import { checkUniqueKeys } from "./checks/checkUniqueKeys.ts";
import { checkUnusedSources } from "./checks/checkUnusedSources.ts";
import type { DataProblem } from "./DataProblem.ts";
import { datasets } from "./datasets.ts";
import type { LoadedFile } from "./LoadedRow.ts";
import type { RayonIdsResult } from "./readRayonIds.ts";

/** A dataset as read: valid rows and all rows, or nothing if the file itself could not be read. */
export interface ReadDataset {
  readonly valid: LoadedFile<unknown>;
  readonly raw: LoadedFile<unknown>;
}

type Name = (typeof datasets)[number]["name"];

/** Runs every check across rows and files: sums, order, unique keys, running totals, source, event and map references. */
export function crossCheck(
  read: Readonly<Partial<Record<Name, ReadDataset>>>,
  rayons: RayonIdsResult,
  mapFile: string,
): DataProblem[] {
  // Casts are safe: `valid` rows passed the registry's schema for that name.
  const valid = <Row>(name: Name) => read[name]?.valid as LoadedFile<Row> | undefined;
  const problems: DataProblem[] = [];
  for (const definition of datasets) {
    const file = read[definition.name]?.valid;
    if (file === undefined) continue;
    problems.push(...checkUniqueKeys(file));
    if (definition.orderBy !== undefined)
      problems.push(
        ...checkSortOrder(file as LoadedFile<Record<string, unknown>>, definition.orderBy),
      );
  }
  for (const name of [
    "casualtyRunningTotals",
    "casualtiesByYear",
    "casualtyHistoricalTotals",
    "globalCasualties",
  ] as const) {
    const file = valid<CountRow>(name);
    if (file) problems.push(...checkSums(file));
  }
  const casualties = valid<CasualtyRunningTotal>("casualtyRunningTotals");
  if (casualties)
    problems.push(
      ...checkRunningTotals(casualties, (row) => `${row.reportedBy}, ${row.scope}`, [
        "total",
        "killed",
        "injured",
      ]),
    );
  const historical = valid<CasualtyHistoricalTotal>("casualtyHistoricalTotals");
  if (historical) {
    const series = (row: CasualtyHistoricalTotal) =>
      `${row.reportedBy}, ${row.scope}, since ${String(row.sinceYear)}`;
    problems.push(...checkRunningTotals(historical, series, ["total", "killed", "injured"]));
  }
  const clearance = valid<ClearanceRunningTotal>("clearanceRunningTotals");
  if (clearance)
    problems.push(
      ...checkRunningTotals(clearance, (row) => `${row.reportedBy}, ${row.operators}`, [
        "hectares",
      ]),
    );

  const sources = read.sources;
  const others = datasets.flatMap(({ name }) => {
    const dataset = read[name];
    return name === "sources" || name === "evidence" || dataset === undefined ? [] : [dataset.raw];
  });
  const evidence = valid<Evidence>("evidence");
  if (evidence) {
    const records = new Map(evidence.rows.map(({ value }) => [value.id, value]));
    const knownIds = new Set(read.evidence?.raw.rows.map(({ key }) => key));
    problems.push(...checkEvidence(others, records, evidence.file, knownIds));
    const dated = valid<Source>("sources");
    if (dated)
      problems.push(
        ...checkEvidenceDates(
          others,
          records,
          new Map(dated.rows.map(({ value }) => [value.id, value.date])),
        ),
      );
    // When sources.json itself could not be read, its own problem is reported and no id can be checked.
    const sourceIds = sources ? new Set(sources.raw.rows.map(({ key }) => key)) : undefined;
    problems.push(
      ...checkEvidenceReferences(
        others,
        evidence,
        records,
        sourceIds,
        knownIds,
        datasets.every(({ name }) => read[name] !== undefined),
      ),
    );
  }
  if (sources) {
    const ids = new Set(sources.raw.rows.map(({ key }) => key));
    problems.push(...checkSourceReferences(others, ids, sources.raw.file));
    problems.push(...checkUnusedSources(sources.valid as LoadedFile<Source>, others));
  }
  const districts = valid<District>("districts");
  if (districts) {
    if (rayons.ok) problems.push(...checkDistricts(districts, rayons.ids, mapFile));
    else problems.push(...rayons.problems);
    const events = read.events;
    if (events)
      problems.push(
        ...checkEventReferences(
          districts,
          new Set(events.raw.rows.map(({ key }) => key)),
          events.raw.file,
        ),
      );
  }
  return problems;
}

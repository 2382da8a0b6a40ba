import type { Evidence } from "../../schemas/evidence.ts";
import type { DataProblem } from "../DataProblem.ts";
import type { LoadedFile } from "../LoadedRow.ts";
import { collectEvidenceRefs } from "./collectEvidenceRefs.ts";

const field = (path: string, name: string): string => (path === "" ? name : `${path}.${name}`);

/**
 * Checks every evidence id a row cites is in data/evidence.json, that the row's `sources` are exactly the
 * sources of its evidence (so the two cannot drift), that every record's source exists and that every record is used.
 */
export function checkEvidenceReferences(
  files: readonly LoadedFile<unknown>[],
  evidence: LoadedFile<Evidence>,
  /** The valid records by id (built once by the caller). */
  records: ReadonlyMap<string, Evidence>,
  sourceIds: ReadonlySet<string> | undefined,
  /** Every id in the evidence file, valid or not (an invalid record is reported on its own row). */
  knownIds: ReadonlySet<string>,
  /** False when a data file could not be read: its citations are unknown, so "unused" would be a false alarm. */
  reportUnused = true,
): DataProblem[] {
  const used = new Set<string>();
  const problems: DataProblem[] = files.flatMap(({ file, rows }) =>
    rows.flatMap(({ index, key, value }) =>
      collectEvidenceRefs(value).flatMap(({ path, evidence: ids, sources }): DataProblem[] => {
        const at = { file, row: index, key };
        ids.forEach((id) => used.add(id));
        const unknown = ids.filter((id) => !knownIds.has(id));
        if (unknown.length > 0)
          return unknown.map((id) => ({
            ...at,
            field: field(path, "evidence"),
            message: `unknown evidence id ${JSON.stringify(id)} (not in ${evidence.file})`,
          }));
        if (ids.some((id) => !records.has(id))) return [];
        const expected = [...new Set(ids.map((id) => records.get(id)?.source ?? ""))];
        const same =
          expected.length === new Set(sources).size && expected.every((id) => sources.includes(id));
        return same
          ? []
          : [
              {
                ...at,
                field: field(path, "sources"),
                message: `must be ${JSON.stringify(expected)}, the sources of its evidence (run npm run data:sources)`,
              },
            ];
      }),
    ),
  );
  for (const { index, key, value } of evidence.rows) {
    const at = { file: evidence.file, row: index, key };
    if (sourceIds !== undefined && !sourceIds.has(value.source))
      problems.push({
        ...at,
        field: "source",
        message: `unknown source id ${JSON.stringify(value.source)}`,
      });
    if (reportUnused && !used.has(value.id))
      problems.push({
        ...at,
        field: "id",
        message:
          "no row cites this evidence (a typo in a row's evidence, or a leftover to delete?)",
      });
  }
  return problems;
}

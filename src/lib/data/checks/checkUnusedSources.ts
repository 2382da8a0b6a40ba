import type { DataProblem } from "../DataProblem.ts";
import type { LoadedFile } from "../LoadedRow.ts";
import type { Source } from "../../schemas/sources.ts";
import { collectSourceRefs } from "./collectSourceRefs.ts";

/** Checks every source in data/sources.json is cited by at least one row: an uncited source usually means a typo. */
export function checkUnusedSources(
  sources: LoadedFile<Source>,
  files: readonly LoadedFile<unknown>[],
): DataProblem[] {
  const cited = new Set(
    files.flatMap(({ rows }) =>
      rows.flatMap(({ value }) => collectSourceRefs(value).map(({ id }) => id)),
    ),
  );
  return sources.rows
    .filter(({ value }) => !cited.has(value.id))
    .map(({ index, key }) => ({
      file: sources.file,
      row: index,
      key,
      field: "id",
      message: "no row cites this source (a typo in a row's sources, or a leftover to delete?)",
    }));
}

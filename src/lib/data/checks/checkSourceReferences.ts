import type { DataProblem } from "../DataProblem.ts";
import type { LoadedFile } from "../LoadedRow.ts";
import { collectSourceRefs } from "./collectSourceRefs.ts";

/** Checks every id in every `sources` array (nested ones too) is an id in data/sources.json. */
export function checkSourceReferences(
  files: readonly LoadedFile<unknown>[],
  sourceIds: ReadonlySet<string>,
  sourcesFile: string,
): DataProblem[] {
  return files.flatMap(({ file, rows }) =>
    rows.flatMap(({ index, key, value }) =>
      collectSourceRefs(value)
        .filter(({ id }) => !sourceIds.has(id))
        .map(({ id, field }) => ({
          file,
          row: index,
          key,
          field,
          message: `unknown source id ${JSON.stringify(id)} (not in ${sourcesFile})`,
        })),
    ),
  );
}

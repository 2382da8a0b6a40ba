import type { DataProblem } from "./DataProblem.ts";
import type { DatasetDefinition } from "./defineDataset.ts";
import { describeIssue } from "./describeIssue.ts";
import { fieldPath, valueAt } from "./fieldPath.ts";
import type { LoadedRow } from "./LoadedRow.ts";
import { rawRowKey } from "./rawRowKey.ts";

/** A file's rows that passed the schema, every row as written (for cross-file references), and the schema problems. */
export interface ParsedRows {
  readonly rows: readonly LoadedRow<unknown>[];
  /** Every row, valid or not, with its key ("?" for missing parts), so references are checked even in invalid rows. */
  readonly rawRows: readonly LoadedRow<unknown>[];
  readonly problems: readonly DataProblem[];
}

/** Checks a file's JSON against its dataset schema row by row, naming the file, row, key and field of every failure. */
export function parseRows(definition: DatasetDefinition, json: unknown, file: string): ParsedRows {
  if (!Array.isArray(json)) {
    const got = json === null ? "null" : typeof json;
    return {
      rows: [],
      rawRows: [],
      problems: [{ file, message: `must be a JSON array of rows, got ${got}` }],
    };
  }
  const rows: LoadedRow<unknown>[] = [];
  const rawRows: LoadedRow<unknown>[] = [];
  const problems: DataProblem[] = [];
  json.forEach((raw: unknown, index) => {
    const key = rawRowKey(definition, raw);
    rawRows.push({ index, key: key ?? "?", value: raw });
    const result = definition.schema.safeParse(raw);
    if (result.success) {
      rows.push({ index, key: definition.key(result.data), value: result.data });
      return;
    }
    const at = key === undefined ? { file, row: index } : { file, row: index, key };
    for (const issue of result.error.issues) {
      // An unknown field is reported once per field, at the field's own path.
      const paths =
        issue.code === "unrecognized_keys"
          ? issue.keys.map((name) => [...issue.path, name])
          : [issue.path];
      for (const path of paths) {
        const message = describeIssue(issue, valueAt(raw, path));
        problems.push(
          path.length === 0 ? { ...at, message } : { ...at, field: fieldPath(path), message },
        );
      }
    }
  });
  return { rows, rawRows, problems };
}

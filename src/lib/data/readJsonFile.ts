import { readFileSync, realpathSync } from "node:fs";
import { sep } from "node:path";
import type { DataProblem } from "./DataProblem.ts";
import { fieldPath } from "./fieldPath.ts";
import { findDuplicateKeys } from "./findDuplicateKeys.ts";
import { findNonFiniteNumbers } from "./findNonFiniteNumbers.ts";

/** The parsed JSON of a file, or what stops it being read (missing, outside the data folder, invalid JSON, duplicate keys). */
export type JsonResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problems: readonly DataProblem[] };

/** Where a path inside a file's JSON is, as a problem's row (the top-level array index) and field. */
export function placeOf(
  file: string,
  path: readonly (string | number)[],
): Pick<DataProblem, "file" | "row" | "field"> {
  const [first, ...rest] = path;
  const row = typeof first === "number" ? first : undefined;
  const fields = row === undefined ? path : rest;
  return {
    file,
    ...(row === undefined ? {} : { row }),
    ...(fields.length === 0 ? {} : { field: fieldPath(fields) }),
  };
}

/** Whether `path`, with every link followed, lies inside the folder `within` (also with links followed). */
function resolvesInside(path: string, within: string): boolean {
  const folder = realpathSync(within);
  return realpathSync(path).startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * Reads and parses the JSON file at `path`, reporting problems under the name `file` (e.g. "data/events.json").
 * With `within`, a file that resolves outside that folder (a symbolic link out of data/) is refused unread,
 * so nothing of it reaches the build or its log.
 */
export function readJsonFile(path: string, file: string, within?: string): JsonResult {
  const fail = (message: string): JsonResult => ({ ok: false, problems: [{ file, message }] });
  let text: string;
  try {
    if (within !== undefined && !resolvesInside(path, within))
      return fail(
        "resolves outside the data folder (a symbolic link?); the build reads only files inside it",
      );
    text = readFileSync(path, "utf8");
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    return fail(
      missing ? `file is missing (looked for ${path})` : `cannot read file: ${String(error)}`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    // V8's message already carries the position, e.g. "… in JSON at position 42 (line 3 column 5)".
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`invalid JSON: ${reason}`);
  }
  const problems: DataProblem[] = [
    ...findDuplicateKeys(text).map(({ path: at, key }) => ({
      ...placeOf(file, [...at, key]),
      message: `is written twice in the same object; JSON keeps only the later value, so delete one`,
    })),
    ...findNonFiniteNumbers(value).map((at) => ({
      ...placeOf(file, at),
      message: "is not a finite number (too large for a number: it reads as Infinity)",
    })),
  ];
  return problems.length === 0 ? { ok: true, value } : { ok: false, problems };
}

import { readFileSync } from "node:fs";
import type { DataProblem } from "./DataProblem.ts";

/** The parsed JSON of a file, or the problem reading it (missing file, invalid JSON with the parse position). */
export type JsonResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: DataProblem };

/** Reads and parses the JSON file at `path`, reporting problems under the name `file` (e.g. "data/events.json"). */
export function readJsonFile(path: string, file: string): JsonResult {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    const message = missing
      ? `file is missing (looked for ${path})`
      : `cannot read file: ${String(error)}`;
    return { ok: false, problem: { file, message } };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    // V8's message already carries the position, e.g. "… in JSON at position 42 (line 3 column 5)".
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { file, message: `invalid JSON: ${reason}` } };
  }
}

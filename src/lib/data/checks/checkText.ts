import type { DataProblem } from "../DataProblem.ts";
import { fieldPath } from "../fieldPath.ts";
import type { LoadedFile } from "../LoadedRow.ts";
import { invisibleCharacter } from "./invisibleCharacter.ts";
import { textLimit } from "./textLimits.ts";

/** Every string in a value with its path (array indexes and keys). */
function strings(value: unknown, path: (string | number)[] = []): [string, (string | number)[]][] {
  if (typeof value === "string") return [[value, path]];
  if (Array.isArray(value))
    return value.flatMap((item: unknown, index) => strings(item, [...path, index]));
  if (typeof value === "object" && value !== null)
    return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]));
  return [];
}

/**
 * Checks every string of every row as written: no bidi controls or other invisible characters (they can
 * reorder or hide what readers see next to the site's own words), and no more characters than the field allows.
 */
export function checkText({ file, rows }: LoadedFile<unknown>): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const { index, key, value } of rows) {
    for (const [text, path] of strings(value)) {
      const at = { file, row: index, key, field: fieldPath(path) };
      const hidden = invisibleCharacter(text);
      if (hidden !== undefined)
        problems.push({
          ...at,
          message:
            `has the invisible character ${hidden.label} at character ${String(hidden.position)}; ` +
            "bidi controls, control codes and zero-width marks are not allowed in text, so delete it",
        });
      const limit = textLimit(at.field);
      if (text.length > limit)
        problems.push({
          ...at,
          message: `is ${String(text.length)} characters long; this field allows at most ${String(limit)}`,
        });
    }
  }
  return problems;
}

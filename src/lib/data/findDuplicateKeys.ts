import { visit } from "jsonc-parser";

/** A key written twice in one JSON object: where the object is (array indexes and keys) and the key. */
export interface DuplicateKey {
  /** The path of the object holding the key, e.g. [3, "responses", 0]. */
  readonly path: readonly (string | number)[];
  readonly key: string;
}

/**
 * Every key that appears twice in the same object of a JSON text (JSON.parse keeps the later value silently).
 * The text must already be valid JSON: this only walks its structure.
 */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  // The keys seen so far in each open object, innermost last.
  const open: Set<string>[] = [];
  visit(text, {
    onObjectBegin: () => {
      open.push(new Set());
    },
    onObjectEnd: () => {
      open.pop();
    },
    onObjectProperty: (key, _offset, _length, _line, _column, objectPath) => {
      const keys = open.at(-1);
      if (keys?.has(key) === true) found.push({ path: objectPath(), key });
      keys?.add(key);
    },
  });
  return found;
}

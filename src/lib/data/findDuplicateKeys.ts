/** A key written twice in one JSON object: where the object is (array indexes and keys) and the key. */
export interface DuplicateKey {
  /** The path of the object holding the key, e.g. [3, "responses", 0]. */
  readonly path: readonly (string | number)[];
  readonly key: string;
}

type Frame =
  { kind: "object"; keys: Set<string>; key: string | undefined } | { kind: "array"; index: number };

const stringAt = /"(?:[^"\\]|\\.)*"/y;

/**
 * Every key that appears twice in the same object of a JSON text (JSON.parse keeps the later value silently).
 * The text must already be valid JSON: this only walks its structure.
 */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  // The path of the innermost object: every enclosing frame's position, not the object's own current key.
  const objectPath = (): (string | number)[] =>
    stack
      .slice(0, -1)
      .flatMap<string | number>((frame) =>
        frame.kind === "array" ? [frame.index] : frame.key === undefined ? [] : [frame.key],
      );
  // After a string inside an object, a ':' means the string was a key.
  let lastString: string | undefined;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    const top = stack.at(-1);
    if (char === '"') {
      stringAt.lastIndex = at;
      const literal = stringAt.exec(text)?.[0] ?? '""';
      lastString = JSON.parse(literal) as string;
      at += literal.length - 1;
    } else if (char === ":" && top?.kind === "object" && lastString !== undefined) {
      if (top.keys.has(lastString)) found.push({ path: objectPath(), key: lastString });
      top.keys.add(lastString);
      top.key = lastString;
    } else if (char === "{") stack.push({ kind: "object", keys: new Set(), key: undefined });
    else if (char === "[") stack.push({ kind: "array", index: 0 });
    else if (char === "}" || char === "]") stack.pop();
    else if (char === "," && top?.kind === "array") top.index += 1;
  }
  return found;
}

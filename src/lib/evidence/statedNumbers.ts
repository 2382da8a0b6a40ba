import type { Qualifier } from "./qualifierPatterns.ts";

/** A number a data row states, where it sits, the evidence it must be found in and the qualifier it carries. */
export interface StatedNumber {
  /** Dot path inside the row, e.g. "killed", "facts.2.value", "figures.mines.value". */
  readonly field: string;
  readonly value: number;
  /** The qualifier the row gives this number ("exact" when none). */
  readonly qualifier: Qualifier;
  /** Ids of data/evidence.json records that must state it (the nearest `evidence` list up the row). */
  readonly evidence: readonly string[];
  /** Whether the site computed it (listed in the nearest `derived.fields`): then no quote states it. */
  readonly calculated: boolean;
  /** Whether it places the figure in time ("since 1991", "by 2030"): it must be quoted, but takes no qualifier. */
  readonly placing: boolean;
}

// The year a row is about, which the quote often leaves to its context ("this year", a report on 2024).
const unchecked = new Set(["year", "targetYear"]);
// Years that are part of what the figure means ("since 1991"): the quote must state them.
const placingFields = new Set(["sinceYear"]);

interface Scope {
  readonly evidence: readonly string[];
  readonly qualifier: Qualifier;
  readonly qualifiers: Readonly<Record<string, unknown>>;
  readonly derivedFields: ReadonlySet<string>;
  readonly base: string;
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];

/**
 * Every number a row states, at any depth: each is found in the evidence of the nearest object that lists
 * `evidence`, with its entry in the nearest `qualifiers` or else the nearest `qualifier`, unless that object's `derived.fields` names it as a site calculation.
 */
export function statedNumbers(row: unknown): StatedNumber[] {
  const found: StatedNumber[] = [];
  const visit = (node: unknown, path: readonly string[], scope: Scope): void => {
    if (Array.isArray(node)) {
      node.forEach((item: unknown, index) => {
        visit(item, [...path, String(index)], scope);
      });
      return;
    }
    if (!isRecord(node)) return;
    const here = path.join(".");
    const evidence = stringList(node.evidence);
    const derived = isRecord(node.derived) ? stringList(node.derived.fields) : [];
    const inner: Scope = {
      evidence: evidence.length > 0 ? evidence : scope.evidence,
      qualifier:
        typeof node.qualifier === "string" ? (node.qualifier as Qualifier) : scope.qualifier,
      qualifiers: isRecord(node.qualifiers) ? node.qualifiers : scope.qualifiers,
      derivedFields: evidence.length > 0 ? new Set(derived) : scope.derivedFields,
      base: evidence.length > 0 ? here : scope.base,
    };
    for (const [name, value] of Object.entries(node)) {
      if (name === "derived" || name === "evidence" || name === "qualifiers") continue;
      const fieldPath = [...path, name];
      if (typeof value === "number" && !unchecked.has(name)) {
        const field = fieldPath.join(".");
        const relative = inner.base === "" ? field : field.slice(inner.base.length + 1);
        const own = inner.qualifiers[relative];
        found.push({
          field,
          value,
          qualifier: typeof own === "string" ? (own as Qualifier) : inner.qualifier,
          evidence: inner.evidence,
          calculated: inner.derivedFields.has(relative),
          placing: placingFields.has(name),
        });
      } else visit(value, fieldPath, inner);
    }
  };
  visit(row, [], {
    evidence: [],
    qualifier: "exact",
    qualifiers: {},
    derivedFields: new Set(),
    base: "",
  });
  return found;
}

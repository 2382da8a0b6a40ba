import type { Qualifier } from "./evidence/qualifierPatterns.ts";

/**
 * How an edition writes a source's qualifier with a number: words before it ("about", "more than"), a word after
 * it ("preliminary"), and a sentence for a tooltip when the qualifier concerns the estimate rather than its size.
 * The edition's strings hold the one table (<lang>/qualifiers.ts); it reaches src/lib as an argument.
 */
export interface QualifierWords {
  before: Readonly<Record<Qualifier, string>>;
  after: Readonly<Record<Qualifier, string>>;
  remark: Readonly<Partial<Record<Qualifier, string>>>;
}

function wordsOf(qualifier: string, table: Readonly<Record<string, string>>): string {
  const phrase = table[qualifier];
  if (phrase === undefined) throw new Error(`Fact: no words for the qualifier "${qualifier}"`);
  return phrase;
}

/** The words put before a number for a data qualifier ("more-than" → "more than"); "" when none. */
export function qualifierWords(qualifier: string | undefined, words: QualifierWords): string {
  return qualifier === undefined ? "" : wordsOf(qualifier, words.before);
}

/** A sentence for the tooltip when the qualifier says something about the figure rather than its size ("preliminary"). */
export function qualifierRemark(
  qualifier: string | undefined,
  words: QualifierWords,
): string | undefined {
  return qualifier === undefined
    ? undefined
    : (words.remark as Readonly<Record<string, string>>)[qualifier];
}

/** A stated value in the source's terms: "about 8,000 km²", "more than 1,000,000 mines", "1,500,000 mines, preliminary". */
export function qualified(text: string, qualifier: Qualifier, words: QualifierWords): string {
  const before = wordsOf(qualifier, words.before);
  const after = wordsOf(qualifier, words.after);
  return `${before === "" ? "" : `${before} `}${text}${after === "" ? "" : `, ${after}`}`;
}

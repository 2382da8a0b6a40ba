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
  /**
   * For a language that inflects the number itself (Azerbaijani "N-dən çox", more than N): the number written
   * with its qualifier, instead of the words `before` it.
   */
  around?: Readonly<Partial<Record<Qualifier, (number: string) => string>>>;
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

/**
 * A number written with its qualifier's words: before it ("about 200", "more than 1,000") or, where the edition
 * inflects the number, around it ("1.000-dən çox"); the number alone when it has no qualifier.
 */
export function withQualifier(
  number: string,
  qualifier: string | undefined,
  words: QualifierWords,
): string {
  if (qualifier === undefined) return number;
  const around = (words.around as Readonly<Record<string, (n: string) => string>> | undefined)?.[
    qualifier
  ];
  if (around) return around(number);
  const before = wordsOf(qualifier, words.before);
  return before === "" ? number : `${before} ${number}`;
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
  const after = wordsOf(qualifier, words.after);
  return `${withQualifier(text, qualifier, words)}${after === "" ? "" : `, ${after}`}`;
}

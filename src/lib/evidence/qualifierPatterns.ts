import type { z } from "zod";
import type { qualifier } from "../schemas/common.ts";

/** A qualifier a source puts on a number, as stored in data rows. */
export type Qualifier = z.infer<typeof qualifier>;

// Words that come before the number, in English, Azerbaijani, Russian and the other languages our sources use.
const before: readonly (readonly [Qualifier, RegExp])[] = [
  [
    "about",
    /(?:about|around|approximately|approx\.|roughly|some|an estimated|estimated|təxminən|təqribən|təxmini|около|примерно|приблизительно|порядка|circa|environ|rund|etwa)\s*$/iu,
  ],
  ["nearly", /(?:nearly|almost|close to|почти|quasi)\s*$/iu],
  [
    "more-than",
    /(?:more than|over|above|upwards of|in excess of|exceeding|exceeded|exceeds|более|свыше|больше|oltre|più di|plus de|mehr als|über)\s*$/iu,
  ],
  [
    "at-least",
    /(?:at least|no fewer than|no less than|ən azı|не менее|как минимум|almeno|au moins|mindestens)\s*$/iu,
  ],
  ["up-to", /(?:up to|до)\s*$/iu],
];

// Words that come after the number (Azerbaijani postpositions: "3400-dən çox", "249 min hektara yaxın").
const after: readonly (readonly [Qualifier, RegExp])[] = [
  ["more-than", /^(?:[-‐]?\p{L}{0,4}\s+)?(?:\p{L}+\s+)?(?:çox|artıq)(?!\p{L})/iu],
  ["more-than", /^\s*(?:\+|or more)/iu],
  ["nearly", /^(?:[-‐]?\p{L}{0,4}\s+)?(?:\p{L}+\s+)?yaxın(?!\p{L})/iu],
];

/** The qualifier a source's words put on the number between `textBefore` and `textAfter`, or undefined. */
export function qualifierAround(textBefore: string, textAfter: string): Qualifier | undefined {
  // A currency between the words and the digits ("more than $30 million", "approximately $320 000").
  const words = textBefore.replace(/\s*(?:US\s?)?[$€£₼]\s*$|\s+(?:USD|EUR|AZN)\s*$/u, " ");
  for (const [name, pattern] of before) if (pattern.test(words)) return name;
  for (const [name, pattern] of after) if (pattern.test(textAfter)) return name;
  return undefined;
}

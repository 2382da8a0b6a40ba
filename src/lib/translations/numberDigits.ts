/**
 * The digits of each number written in a text, separators dropped: "1,318" and "1.318" and "1 318" all give
 * "1318", "1.5 million" and "1,5 milyon" both "15". Used to check that a translation keeps its original's numbers
 * whatever the language's grouping and decimal marks.
 */
export function numberDigits(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,\u00a0\u202f ]\d+)*/g)].map((match) =>
    match[0].replace(/\D/g, ""),
  );
}

/**
 * The original's numbers (as digits) that a translation does not contain. A number counts as kept when its digits
 * occur within one of the translation's numbers, so a two-digit year ("Sep. 95") written out ("1995") is kept.
 */
export function numbersMissing(original: string, translation: string): string[] {
  const kept = numberDigits(translation);
  return numberDigits(original).filter((digits) => !kept.some((other) => other.includes(digits)));
}

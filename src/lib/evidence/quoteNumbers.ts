import { qualifierAround, type Qualifier } from "./qualifierPatterns.ts";

/** A number a quote states, with the qualifier its words put on it (undefined when stated plainly). */
export interface QuotedNumber {
  readonly value: number;
  readonly qualifier: Qualifier | undefined;
  /** The words of the quote that state it, e.g. "69,2 min". */
  readonly text: string;
}

// Digits with optional thousands groups (comma, point, space, no-break space, thin space) and decimals.
const numberPattern =
  /(?<![\d.,])\d{1,3}(?:(?:, |[,.\u0020\u00a0\u202f\u2009])\d{3})+(?:[.,]\d+)?(?!\d)|(?<![\d.,])\d+(?:[.,]\d+)?(?!\d)/gu;

// Scale words after a number: "69.2 thousand", "161 min", "1,5 млн", "$1.2 billion".
const scales: readonly (readonly [number, RegExp])[] = [
  [1e3, /^\s*(?:thousand|min(?:dən|dan|i|ə|ə)?|тыс\.?|тысяч\p{L}*|mila)(?!\p{L})/iu],
  [1e6, /^\s*(?:million|mln\.?|milyon\p{L}*|млн\.?|миллион\p{L}*|milioni?|millions?)(?!\p{L})/iu],
  [1e9, /^\s*(?:billion|bn|milyard\p{L}*|mlrd\.?|млрд\.?|миллиард\p{L}*)(?!\p{L})/iu],
];

// Small numbers written as words, which sources use for counts ("five Azerbaijani soldiers", "nove bambini").
const numberWords: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      [1, "one", "bir", "один", "одна", "одного", "uno", "una"],
      [2, "two", "iki", "два", "две", "двух", "due"],
      [3, "three", "üç", "три", "трёх", "трех", "tre"],
      [4, "four", "dörd", "четыре", "четырёх", "quattro"],
      [5, "five", "beş", "пять", "пяти", "cinque"],
      [6, "six", "altı", "шесть", "sei"],
      [7, "seven", "yeddi", "семь", "sette"],
      [8, "eight", "səkkiz", "восемь", "otto"],
      [9, "nine", "doqquz", "девять", "nove"],
      [10, "ten", "десять", "dieci"],
      [11, "eleven"],
      [12, "twelve"],
      [15, "fifteen"],
      [20, "twenty"],
    ] as const
  ).flatMap(([value, ...words]) => words.map((word) => [word, value])),
);
const compoundPattern =
  /(?<![\d.,])(\d{1,3})\s*(?:million|milyon|млн\.?|миллион\p{L}*)\s+(\d{1,3})\s*(?:thousand|min|тыс\.?|тысяч\p{L}*)(?!\p{L})/giu;
const wordPattern = /(?<!\p{L})\p{L}+(?!\p{L})/gu;

/** The readings of a digit string: "1,500" is 1500 (or 1.5 in a decimal-comma language), "8 372.9" is 8372.9. */
function readings(digits: string): number[] {
  const grouped = /^\d{1,3}(?:(, |[,.\u0020\u00a0\u202f\u2009])\d{3})+(?:[.,]\d+)?$/u.exec(digits);
  const values = new Set<number>();
  if (grouped) {
    const separator = (grouped[1] ?? "").trim();
    const decimalMark =
      separator === "," ? "." : separator === "." ? "," : /,\d+$/.test(digits) ? "," : ".";
    const [whole = "", fraction] = digits.split(decimalMark);
    values.add(
      Number(`${whole.replace(/\D/g, "")}${fraction === undefined ? "" : `.${fraction}`}`),
    );
  }
  // A single separator may also be a decimal mark ("69,2", "1.500" read as 1.5), and a space may part two numbers.
  if (/^\d+[.,]\d+$/.test(digits)) values.add(Number(digits.replace(",", ".")));
  for (const part of digits.split(/[\u0020\u00a0\u202f\u2009]/u))
    values.add(Number(part.replace(",", ".")));
  return [...values].filter((value) => Number.isFinite(value));
}

/** Every number a quote states, in every reading its digits allow, with the scale word applied and its qualifier. */
export function quoteNumbers(quote: string): QuotedNumber[] {
  const found: QuotedNumber[] = [];
  for (const match of quote.matchAll(numberPattern)) {
    const start = match.index;
    const end = start + match[0].length;
    const rest = quote.slice(end);
    const scale = scales.find(([, pattern]) => pattern.test(rest));
    const afterScale = scale ? rest.replace(scale[1], "") : rest;
    const qualifier = qualifierAround(
      quote.slice(Math.max(0, start - 30), start),
      afterScale.slice(0, 40),
    );
    for (const value of readings(match[0])) {
      found.push({ value, qualifier, text: match[0] });
      if (scale)
        found.push({
          value: value * scale[0],
          qualifier,
          text: `${match[0]}${rest.slice(0, rest.length - afterScale.length)}`,
        });
    }
  }
  // "1 million 167 thousand" (a way Azerbaijani officials' figures reach English copy): millions plus thousands.
  for (const match of quote.matchAll(compoundPattern)) {
    const [text, millions = "", thousands = ""] = match;
    const value = Number(millions) * 1e6 + Number(thousands) * 1e3;
    const start = match.index;
    const qualifier = qualifierAround(quote.slice(Math.max(0, start - 30), start), "");
    found.push({ value, qualifier, text });
  }
  for (const match of quote.matchAll(wordPattern)) {
    const value = numberWords[match[0].toLowerCase()];
    if (value === undefined) continue;
    const start = match.index;
    const end = start + match[0].length;
    const qualifier = qualifierAround(
      quote.slice(Math.max(0, start - 30), start),
      quote.slice(end, end + 40),
    );
    found.push({ value, qualifier, text: match[0] });
  }
  return found;
}

/** Whether two numbers are the same figure (decimals compared to a millionth, so 69.2 × 1000 is 69200). */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

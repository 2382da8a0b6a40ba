import { outsideBrackets } from "./outsideBrackets.ts";

/**
 * The numbers in a pseudo-edition text, outside [brackets], that are written the English way rather than in the
 * edition's German locale: grouped with commas ("1,500,000") or with a decimal point ("1.5"). German writes
 * "1.500.000" and "1,5"; only a German number with exactly three decimals ("1,234") would read as English here.
 */
export function englishNumbers(text: string): string[] {
  return outsideBrackets(text).match(/\d{1,3}(?:,\d{3})+(?!\d)|\d\.\d{1,2}(?!\d)/g) ?? [];
}

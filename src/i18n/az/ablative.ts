/**
 * The Azerbaijani ablative ending ("-dan"/"-dən") for a number as formatted in Azerbaijani ("65.000", "1,5 milyon",
 * "13 %", "16 $"): its vowel follows the last word of the number as read aloud (vowel harmony), and digits take a
 * hyphen ("65.000-dən") while a word does not ("1,5 milyondan").
 */

// The last word of each digit as read: 6 altı, 9 doqquz take -dan; the others -dən.
const UNITS_BACK = new Set(["6", "9"]);
// The last word of each ten: 10 on, 30 otuz, 40 qırx, 60 altmış, 90 doxsan take -dan; 20, 50, 70, 80 -dən.
const TENS_BACK = new Set(["1", "3", "4", "6", "9"]);
// Currency signs and codes, read as words: dollar, avro, manat all take -dan.
const READ_AS_BACK_WORD = /(\$|€|AZN|₼)$/;

const BACK_VOWELS = /[aıou]/;
const VOWELS = /[aıoueəiöü]/g;

/** "dan" or "dən" for a word, from its last vowel. */
function harmonyOf(word: string): "dan" | "dən" {
  const vowels = word.toLowerCase().match(VOWELS) ?? [];
  return BACK_VOWELS.test(vowels.at(-1) ?? "ə") ? "dan" : "dən";
}

/** "dan" or "dən" for a number written in digits ("1.318", "65.000", "1,5"). */
function harmonyOfDigits(digits: string): "dan" | "dən" {
  const [whole = "", fraction = ""] = digits.replace(/\./g, "").split(",");
  const read = fraction !== "" ? fraction.replace(/0+$/, "") || whole : whole;
  if (/^0*$/.test(read)) return "dən";
  // Round millions (milyon) and billions (milyard) take -dan; round thousands (min) and hundreds (yüz) -dən.
  if (fraction === "" && /000000$/.test(read)) return "dan";
  if (fraction === "" && /00$/.test(read)) return "dən";
  const last = read.at(-1) ?? "0";
  if (last !== "0") return UNITS_BACK.has(last) ? "dan" : "dən";
  return TENS_BACK.has(read.at(-2) ?? "") ? "dan" : "dən";
}

/** The number followed by its ablative ending: "65.000-dən", "60-dan", "1,5 milyondan", "13 %-dən", "16 $-dan". */
export function withAblative(number: string): string {
  const text = number.trim();
  if (READ_AS_BACK_WORD.test(text)) return `${text}-dan`;
  if (/%$/.test(text)) return `${text}-dən`; // faiz
  const lastWord = /([A-Za-zÇçƏəĞğIıİiÖöŞşÜü]+)$/.exec(text)?.[1];
  if (lastWord) return `${text}${harmonyOf(lastWord)}`;
  const digits = /([\d.,]+)$/.exec(text)?.[1] ?? text;
  return `${text}-${harmonyOfDigits(digits)}`;
}

/** "2040" → "2040-cı": the ordinal ending of a year written in digits, by the vowel harmony of its last word. */
export function ordinal(year: string): string {
  const n = Number(year);
  if (!Number.isInteger(n) || n <= 0) return year;
  const ones = ["", "i", "i", "ü", "ö", "e", "ı", "i", "i", "u"];
  const tens = ["", "o", "i", "u", "ı", "i", "ı", "i", "ə", "a"];
  const vowel =
    n % 10 !== 0 ? ones[n % 10] : n % 100 !== 0 ? tens[(n % 100) / 10] : n % 1000 !== 0 ? "ü" : "i";
  const ending =
    vowel === "a" || vowel === "ı"
      ? "cı"
      : vowel === "o" || vowel === "u"
        ? "cu"
        : vowel === "ö" || vowel === "ü"
          ? "cü"
          : "ci";
  return `${year}-${ending}`;
}

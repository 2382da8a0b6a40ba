import { wrapWords } from "../wrapWords.ts";

/**
 * Breaks text into at most `maxLines` lines of about `maxChars` characters at spaces; an overflowing last
 * line ends with "…". A character count is enough for card headlines in a known font.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines = wrapWords(text, (line) => line.length <= maxChars);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? "";
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, maxChars - 1)).replace(/\s+\S*$/, "")}…`;
  return kept;
}

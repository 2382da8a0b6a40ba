/** Text ending a sentence: a full stop added unless it already ends with one ("29 ноября 2026 г." stays as it is). */
export function endSentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

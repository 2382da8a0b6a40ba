/** The id of a new release made on `date` (YYYY-MM-DD): the date, or date-2, date-3 … when it is taken. */
export function nextReleaseId(date: string, existing: readonly string[]): string {
  if (!existing.includes(date)) return date;
  let n = 2;
  while (existing.includes(`${date}-${String(n)}`)) n += 1;
  return `${date}-${String(n)}`;
}

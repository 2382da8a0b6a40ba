/** The distinct source ids of some rows, in first-seen order. */
export function uniqueSources(rows: readonly { sources: readonly string[] }[]): string[] {
  return [...new Set(rows.flatMap((row) => row.sources))];
}

/** The distinct `reportedBy` bodies of some rows, in first-seen order. */
export function uniqueReporters(rows: readonly { reportedBy: string }[]): string[] {
  return [...new Set(rows.map((row) => row.reportedBy))];
}

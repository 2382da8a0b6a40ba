/**
 * Formats a byte count for people: "812 B", "10.4 KB" (1 KB = 1024 bytes).
 * @param {number} bytes
 * @returns {string}
 */
export function kb(bytes) {
  return bytes < 1024 ? `${String(bytes)} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Renders rows as a plain-text table with a header line; numbers are right-aligned, text left-aligned.
 * @param {string[]} header
 * @param {(string | number)[][]} rows
 * @returns {string}
 */
export function table(header, rows) {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) =>
    Math.max(...cells.map((row) => (row[column] ?? "").length)),
  );
  const numeric = header.map(
    (_, column) =>
      rows.length > 0 &&
      rows.every(
        (row) => typeof row[column] === "number" || /^[\d.]+ K?B$/.test(String(row[column])),
      ),
  );
  const line = (/** @type {string[]} */ row) =>
    row
      .map((cell, column) =>
        numeric[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join("  ")
      .trimEnd();
  return [
    line(cells[0]),
    widths.map((width) => "-".repeat(width)).join("  "),
    ...cells.slice(1).map(line),
  ].join("\n");
}

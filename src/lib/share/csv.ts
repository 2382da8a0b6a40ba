/** A value in a CSV field: null and undefined become an empty field. */
export type CsvValue = string | number | boolean | null | undefined;

// RFC 4180 §2.6: fields holding a comma, a double quote or a line break are enclosed in double quotes.
const needsQuotes = /[",\r\n]/;

/** One CSV field, quoted (with doubled quotes inside) only when RFC 4180 requires it. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** An RFC 4180 CSV document: a header line and one line per row, each ended by CRLF (UTF-8 text, no BOM). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}

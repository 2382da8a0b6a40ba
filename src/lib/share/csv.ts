/** A value in a CSV field: null and undefined become an empty field. */
export type CsvValue = string | number | boolean | null | undefined;

// RFC 4180 §2.6: fields holding a comma, a double quote or a line break are enclosed in double quotes.
const needsQuotes = /[",\r\n]/;

// What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection").
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Text a spreadsheet would run as a formula, neutralised as OWASP recommends: a leading `'` (so the cell
 * shows as text) and quotes. Only text is touched: a number such as -3.5 is data and stays a number.
 */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** One CSV field, quoted (with doubled quotes inside) when RFC 4180 requires it or when it was neutralised. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const text = neutraliseFormula(value);
  return needsQuotes.test(text) || text !== value ? `"${text.replaceAll('"', '""')}"` : text;
}

/** An RFC 4180 CSV document: a header line and one line per row, each ended by CRLF (UTF-8 text, no BOM). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}

import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "../../../src/lib/share/csv.ts";
import { parse } from "csv-parse/sync";

describe("csvField", () => {
  it("leaves plain text and numbers unquoted", () => {
    expect(csvField("ANAMA")).toBe("ANAMA");
    expect(csvField(53081.8)).toBe("53081.8");
  });

  it("writes null and undefined as an empty field, never as 0 or the word null", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
  });

  it("quotes a field holding a comma, a double quote or a line break, doubling inner quotes", () => {
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('the "map"')).toBe('"the ""map"""');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("cr\rlf")).toBe('"cr\rlf"');
  });
});

describe("toCsv", () => {
  it("ends every record, the header included, with CRLF", () => {
    expect(toCsv(["a", "b"], [[1, null]])).toBe("a,b\r\n1,\r\n");
  });

  it("round-trips awkward and non-Latin text through an RFC 4180 parser (csv-parse)", () => {
    const rows = [["Hikmət Hacıyev: 382 nəfər", 'say "about", not exact', "two\r\nlines"]];
    expect(parse(toCsv(["x", "y", "z"], rows))).toEqual([["x", "y", "z"], ...rows]);
  });
});

describe("csvField and spreadsheet formulas (OWASP CSV injection)", () => {
  const formulas = [
    '=HYPERLINK("http://evil.example","click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\tTAB",
    "\rCR",
  ];

  it.each(formulas)(
    "writes text starting like a formula (%j) as quoted text after a single quote",
    (text) => {
      expect(csvField(text)).toBe(`"'${text.replaceAll('"', '""')}"`);
    },
  );

  it("leaves numbers alone, negative ones included: they are data, not formulas", () => {
    expect(csvField(-3.5)).toBe("-3.5");
    expect(csvField(0)).toBe("0");
  });

  it("leaves text with a formula character further in alone", () => {
    expect(csvField("ANAMA = national agency")).toBe("ANAMA = national agency");
    expect(csvField("a-b")).toBe("a-b");
  });

  it("gives csv-parse cells that start with ' for every formula and the exact text otherwise", () => {
    const rows = [[...formulas, -1, "plain, text", 'say "about"']];
    const header = formulas.map((_, index) => `c${String(index)}`).concat(["n", "t", "q"]);
    const records: string[][] = parse(toCsv(header, rows));
    expect(records).toEqual([
      header,
      [...formulas.map((text) => `'${text}`), "-1", "plain, text", 'say "about"'],
    ]);
    for (const cell of records[1]?.slice(0, formulas.length) ?? []) expect(cell).toMatch(/^'/);
  });
});

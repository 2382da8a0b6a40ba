import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "../../../src/lib/share/csv.ts";
import { parseCsv } from "./parseCsv.ts";

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

  it("round-trips awkward and non-Latin text through an RFC 4180 parser", () => {
    const rows = [["Hikmət Hacıyev: 382 nəfər", 'say "about", not exact', "two\r\nlines"]];
    expect(parseCsv(toCsv(["x", "y", "z"], rows))).toEqual([["x", "y", "z"], ...rows]);
  });
});

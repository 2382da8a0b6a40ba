import { describe, expect, it } from "vitest";
import { endSentence } from "../../../src/lib/endSentence.ts";
import { formatDateRange } from "../../../src/lib/story/formatDateRange.ts";
import { formatFactValue } from "../../../src/lib/story/formatFactValue.ts";
import { lookupDate } from "../../../src/lib/story/lookupDate.ts";
import { lookupQuotedNumber } from "../../../src/lib/story/lookupQuotedNumber.ts";
import { qualified, qualifierRemark, qualifierWords } from "../../../src/lib/qualifierWords.ts";
import { strings } from "../../../src/i18n/index.ts";
import { data } from "./fixtures.ts";

describe("formatFactValue", () => {
  const english = { locale: "en-GB", million: strings.ui.million };
  it("shows millions only when that is exact, and refuses to round", () => {
    expect(formatFactValue(1500000, { scale: "million" }, english)).toBe("1.5 million");
    expect(() => formatFactValue(1234567, { scale: "million" }, english)).toThrow(
      "without rounding",
    );
  });

  it("shows money with the currency's symbol or code and no forced decimals", () => {
    expect(
      formatFactValue(4250000, { as: "money", scale: "million", currency: "EUR" }, english),
    ).toBe("€4.25 million");
    expect(
      formatFactValue(105800000, { as: "money", scale: "million", currency: "AZN" }, english),
    ).toMatch(/^AZN\s105\.8 million$/);
    expect(formatFactValue(88224, { as: "money", currency: "USD" }, english)).toBe("$88,224");
    expect(() => formatFactValue(1, { as: "money" }, english)).toThrow("without a currency");
  });

  it("shows percentages given in percent units", () => {
    expect(formatFactValue(12, { as: "percent" }, english)).toBe("12%");
  });
});

describe("qualifierWords", () => {
  const words = strings.qualifiers;
  it("turns data qualifiers into words before the number, and preliminary into a tooltip remark", () => {
    expect(qualifierWords("more-than", words)).toBe("more than");
    expect(qualifierWords(undefined, words)).toBe("");
    expect(qualifierWords("preliminary", words)).toBe("");
    expect(qualifierRemark("preliminary", words)).toBe("A preliminary estimate.");
    expect(() => qualifierWords("roughly", words)).toThrow('no words for the qualifier "roughly"');
  });

  it("qualified(text, qualifier, words) keeps 'at least' apart from 'more than' and puts 'preliminary' after", () => {
    expect(qualified("3,400", "at-least", words)).toBe("at least 3,400");
    expect(qualified("3,400", "more-than", words)).toBe("more than 3,400");
    expect(qualified("1,500,000 mines", "preliminary", words)).toBe("1,500,000 mines, preliminary");
    expect(qualified("97,000", "exact", words)).toBe("97,000");
  });
});

describe("lookupQuotedNumber", () => {
  const ref = { dataset: "events", row: "conference", field: "description" } as const;

  it("finds a number as a data text words it and returns its value and the row's sources", () => {
    expect(lookupQuotedNumber(data, { ...ref, quote: "25" })).toMatchObject({
      text: "25",
      value: 25,
      sources: ["s6"],
    });
  });

  it("does not match a number inside a longer one", () => {
    expect(() => lookupQuotedNumber(data, { ...ref, quote: "2,728" })).toThrow(
      "does not contain the number 2,728",
    );
  });

  it("refuses a field that is not text and a quote that is not a number", () => {
    expect(() => lookupQuotedNumber(data, { ...ref, field: "sources", quote: "25" })).toThrow(
      "not a text",
    );
    expect(() => lookupQuotedNumber(data, { ...ref, quote: "twenty" })).toThrow("not a number");
  });
});

describe("lookupDate and formatDateRange", () => {
  it("reads an event's start and end and formats the span the way prose writes it", () => {
    const found = lookupDate(data, { dataset: "events", row: "conference" });
    expect(formatDateRange(found.date, found.endDate, "en-GB")).toBe("28–29 November 2023");
  });

  // The locale's range pattern puts thin spaces (U+2009) around the dash between two full dates.
  it("formats spans across months and years in full", () => {
    expect(formatDateRange("2022-03-31", "2022-04-01", "en-GB")).toBe(
      "31 March\u2009–\u20091 April 2022",
    );
    expect(formatDateRange("2021-12-30", "2022-01-02", "en-GB")).toBe(
      "30 December 2021\u2009–\u20092 January 2022",
    );
  });

  it("formatDateRange writes Azerbaijani spans day first with the year once, as Azerbaijani prose does", () => {
    expect(formatDateRange("2023-05-24", "2023-05-26", "az")).toBe("24–26 may 2023");
    expect(formatDateRange("2022-03-31", "2022-04-01", "az")).toBe("31 mart – 1 aprel 2022");
    expect(formatDateRange("2021-12-30", "2022-01-02", "az")).toBe(
      "30 dekabr 2021 – 2 yanvar 2022",
    );
  });

  it("formatDateRange writes Russian spans with no-break spaces, not the narrow ones (U+202F) the fonts lack", () => {
    const span = formatDateRange("2022-03-31", "2022-04-01", "ru");
    expect(span).toMatch(/^31 марта\s–\s1 апреля 2022\u00a0г\.$/);
    expect(span).not.toMatch(/\u202f/);
  });

  it("formatDateRange(start, end, locale) follows the locale's own range pattern, not English word order", () => {
    expect(formatDateRange("2023-11-28", "2023-11-29", "de")).toBe("28.–29. November 2023");
    expect(formatDateRange("2023-11-28", "2023-11-29", "en-US")).toBe(
      "November 28\u2009–\u200929, 2023",
    );
  });

  it("throws when the row has no ISO date", () => {
    expect(() =>
      lookupDate(data, { dataset: "events", row: "conference", field: "description" }),
    ).toThrow("has no ISO date in description");
  });
});

describe("endSentence", () => {
  it("endSentence(text) adds a full stop unless the text already ends a sentence (Russian dates end in 'г.')", () => {
    expect(endSentence("29 November 2026")).toBe("29 November 2026.");
    expect(endSentence("29 ноября 2026 г.")).toBe("29 ноября 2026 г.");
  });
});

import { describe, expect, it } from "vitest";
import { formatDate, formatMoney, formatNumber, formatPercent } from "../../../src/lib/format.ts";

describe("format", () => {
  it("formatNumber(n) keeps every digit of a figure, with thousands separators", () => {
    expect(formatNumber(1166702, "en-GB")).toBe("1,166,702");
    expect(formatNumber(53081.8, "en-GB")).toBe("53,081.8");
  });

  it("formatMoney(n, currency) shows whole amounts without decimals and keeps cents", () => {
    expect(formatMoney(4250000, "EUR", "en-GB")).toBe("€4,250,000");
    expect(formatMoney(99.5, "USD", "en-GB")).toBe("US$99.50");
  });

  it("formatPercent(n) takes percent units", () => {
    expect(formatPercent(5, "en-GB")).toBe("5%");
  });

  it("formatDate(iso) writes day, month and year in British order, in UTC", () => {
    expect(formatDate("2020-11-10", "en-GB")).toBe("10 November 2020");
    expect(formatDate("2020-11-10", "en-GB", "short")).toBe("10 Nov 2020");
  });

  it("formatDate(iso) shows a date known only to the month or year as such", () => {
    expect(formatDate("2022-06", "en-GB")).toBe("June 2022");
    expect(formatDate("2004", "en-GB")).toBe("2004");
    expect(formatDate("2026-03-12", "en-GB", "month")).toBe("March 2026");
  });

  it("formatNumber and formatDate follow the locale for the coming editions", () => {
    expect(formatNumber(1166702, "ru")).toBe("1\u00a0166\u00a0702");
    expect(formatDate("2020-11-10", "az")).toMatch(/2020/);
  });
});

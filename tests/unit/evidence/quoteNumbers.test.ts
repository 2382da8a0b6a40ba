import { describe, expect, it } from "vitest";
import { quoteNumbers } from "../../../src/lib/evidence/quoteNumbers.ts";

const values = (quote: string): number[] => quoteNumbers(quote).map(({ value }) => value);
const qualifierOf = (quote: string, value: number) =>
  quoteNumbers(quote).find((number) => number.value === value)?.qualifier;

describe("quoteNumbers(quote)", () => {
  it("reads English thousands separators and decimals", () => {
    expect(values("A total area of 83,993 hectares and 8,372.9 ha")).toEqual(
      expect.arrayContaining([83_993, 8372.9]),
    );
  });

  it("reads Azerbaijani space-grouped numbers and 'min' as thousands", () => {
    expect(values("8 372.9 ha ərazi təmizlənib, 30 572 ədəd mina")).toEqual(
      expect.arrayContaining([8372.9, 30_572]),
    );
    expect(values("2025-ci ildə 69.2 min hektar")).toContain(69_200);
    expect(values("69,2 min hektar")).toContain(69_200);
  });

  it("reads Russian 'млн' and 'тыс.' with a decimal comma", () => {
    expect(values("около 1,5 млн мин")).toContain(1_500_000);
    expect(values("69,2 тыс. гектаров")).toContain(69_200);
  });

  it("reads scale words and compound millions", () => {
    expect(values("about 1.5 million mines")).toContain(1_500_000);
    expect(values("nearly 1 million 167 thousand hectares")).toContain(1_167_000);
  });

  it("reads small numbers written as words", () => {
    expect(values("including five Azerbaijani soldiers")).toContain(5);
    expect(values("inclusi nove bambini")).toContain(9);
  });

  it("does not read 'mina' (a mine) as 'min' (thousand)", () => {
    expect(values("161 mina")).not.toContain(161_000);
  });

  it("finds the qualifier before a number, across a currency sign", () => {
    expect(qualifierOf("more than 140 people", 140)).toBe("more-than");
    expect(qualifierOf("about 1.5 million mines", 1_500_000)).toBe("about");
    expect(qualifierOf("almost 300 lives", 300)).toBe("nearly");
    expect(qualifierOf("up to 480 km", 480)).toBe("up-to");
    expect(qualifierOf("at least 6,897 people", 6897)).toBe("at-least");
    expect(qualifierOf("more than $30 million", 30_000_000)).toBe("more-than");
    expect(qualifierOf("təxminən 168 min hektar", 168_000)).toBe("about");
    expect(qualifierOf("более 65 000 гектаров", 65_000)).toBe("more-than");
  });

  it("finds Azerbaijani qualifiers after the number", () => {
    expect(qualifierOf("3400-dən çox mina qurbanı", 3400)).toBe("more-than");
    expect(qualifierOf("249 min hektara yaxın ərazi", 249_000)).toBe("nearly");
  });

  it("leaves a plainly stated number unqualified", () => {
    expect(qualifierOf("415 citizens have been victims", 415)).toBeUndefined();
  });
});

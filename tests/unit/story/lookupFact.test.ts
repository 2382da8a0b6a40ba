import { describe, expect, it } from "vitest";
import { lookupFact } from "../../../src/lib/story/lookupFact.ts";
import { data } from "./fixtures.ts";

describe("lookupFact", () => {
  it("returns the value with who says it, as of when, its sources and its qualifier", () => {
    const fact = lookupFact(data, {
      dataset: "casualtyRunningTotals",
      row: "2024-05/Ambassador",
      field: "total",
    });
    expect(fact).toMatchObject({
      value: 350,
      asOf: "2024-05",
      reportedBy: "Ambassador",
      sources: ["s2"],
      qualifier: "more-than",
    });
  });

  it("leaves out the qualifier of an exact figure and passes on the method of a derived one", () => {
    expect(
      lookupFact(data, { dataset: "casualtyRunningTotals", row: "2024-11-11/PGO", field: "killed" })
        .qualifier,
    ).toBeUndefined();
    expect(
      lookupFact(data, { dataset: "contaminationEstimates", row: "area", field: "value" }),
    ).toMatchObject({ method: "added up by the site", evidence: [] });
  });

  it("gives a stated figure its evidence ids and no method", () => {
    expect(
      lookupFact(data, {
        dataset: "casualtyRunningTotals",
        row: "2024-11-11/PGO",
        field: "killed",
      }),
    ).toMatchObject({ method: undefined, evidence: ["f"] });
  });

  it("reads figures.<name> of an event with the figure's own qualifier and the row's sources", () => {
    const ref = { dataset: "events", row: "conference", field: "figures.participants" } as const;
    expect(lookupFact(data, ref)).toMatchObject({
      value: 100,
      asOf: "2023-11-28",
      reportedBy: "AzerNews",
      sources: ["s6"],
      qualifier: "more-than",
    });
    expect(lookupFact(data, { ...ref, field: "figures.countries" }).qualifier).toBeUndefined();
  });

  it("throws a message naming the row when an event has no figure of that name", () => {
    expect(() =>
      lookupFact(data, { dataset: "events", row: "conference", field: "figures.delegates" }),
    ).toThrow('Fact: events.json row "conference" has no figure "delegates"');
  });

  it("throws a message naming the file and the row when the row is missing", () => {
    expect(() =>
      lookupFact(data, { dataset: "casualtyRunningTotals", row: "2099-01-01/PGO", field: "total" }),
    ).toThrow('Fact: no row for casualties-running-totals.json row "2099-01-01/PGO"');
  });

  it("throws when the field is null or absent rather than a number", () => {
    expect(() =>
      lookupFact(data, {
        dataset: "casualtyRunningTotals",
        row: "2024-01-26/PGO",
        field: "injured",
      }),
    ).toThrow('field "injured" is null, not a number');
    expect(() =>
      lookupFact(data, {
        dataset: "casualtyRunningTotals",
        row: "2024-01-26/PGO",
        field: "wounded",
      }),
    ).toThrow('field "wounded" is missing, not a number');
  });

  it('reads row "latest" as the last row, or the last row of one body with reportedBy', () => {
    expect(
      lookupFact(data, { dataset: "casualtyRunningTotals", row: "latest", field: "total" }).value,
    ).toBe(382);
    expect(
      lookupFact(data, {
        dataset: "casualtyRunningTotals",
        row: "latest",
        reportedBy: "Ambassador",
        field: "total",
      }).value,
    ).toBe(350);
  });

  it('throws a clear error when "latest" finds no row of the body named', () => {
    expect(() =>
      lookupFact(data, {
        dataset: "casualtyRunningTotals",
        row: "latest",
        reportedBy: "ANAMA",
        field: "total",
      }),
    ).toThrow('Fact: no row reported by "ANAMA" in casualties-running-totals.json');
  });

  it('refuses reportedBy with a row other than "latest", where it would be silently ignored', () => {
    expect(() =>
      lookupFact(data, {
        dataset: "casualtyRunningTotals",
        row: "2024-11-11/PGO",
        reportedBy: "PGO",
        field: "total",
      }),
    ).toThrow('reportedBy only works with row "latest"');
  });

  it("finds one fact of a district by metric and date, and names it when missing", () => {
    const ref = { dataset: "districts", row: "AZ-LAC", field: "value" } as const;
    expect(lookupFact(data, { ...ref, item: "items-found@2022-08-31" })).toMatchObject({
      value: 1318,
      reportedBy: "MoD",
    });
    expect(() => lookupFact(data, { ...ref, item: "items-found@2023-01-01" })).toThrow(
      'has no fact "items-found@2023-01-01"',
    );
  });
});

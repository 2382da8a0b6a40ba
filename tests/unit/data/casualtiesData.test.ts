import { describe, expect, it } from "vitest";
import { loadDatasets } from "../../../src/lib/data/loadDatasets.ts";

const {
  casualtyRunningTotals: runningTotals,
  casualtiesByYear: byYear,
  casualtyHistoricalTotals: historical,
  globalCasualties: globalYears,
  treatyStatus: treaty,
} = loadDatasets();

interface Counts {
  total: number | null;
  killed: number | null;
  injured: number | null;
  derived?: unknown;
}

/** The [total, killed, injured] of rows where a source states all three (none derived by the site). */
const statedTriples = (rows: readonly Counts[]): [number, number, number][] =>
  rows.flatMap(({ total, killed, injured, derived }) =>
    derived === undefined && total !== null && killed !== null && injured !== null
      ? [[total, killed, injured]]
      : [],
  );

describe("casualty datasets", () => {
  it("every row of every file names at least one research figure and one source", () => {
    for (const row of [...runningTotals, ...byYear, ...historical, ...globalYears, ...treaty]) {
      expect(row.evidence.length).toBeGreaterThan(0);
      expect(row.sources.length).toBeGreaterThan(0);
    }
  });

  it("has no full-year post-2020 row for 2021 or 2022, because no source gives one", () => {
    const fullEarlyYears = byYear.filter(
      (row) =>
        row.series === "post-2020" &&
        (row.year === 2021 || row.year === 2022) &&
        row.coverage === "full",
    );
    expect(fullEarlyYears).toEqual([]);
  });

  it("gives every calendar-year row a period inside its year, whole-year when coverage is full", () => {
    for (const row of byYear) {
      expect(row.periodStart.startsWith(String(row.year))).toBe(true);
      expect(row.periodEnd.startsWith(String(row.year))).toBe(true);
      if (row.coverage === "full")
        expect([row.periodStart, row.periodEnd]).toEqual([
          `${String(row.year)}-01-01`,
          `${String(row.year)}-12-31`,
        ]);
    }
  });

  it("keeps killed + injured = total wherever a source states all three", () => {
    for (const [total, killed, injured] of statedTriples([
      ...runningTotals,
      ...byYear,
      ...historical,
    ])) {
      expect(killed + injured).toBe(total);
    }
  });

  it("keeps civilian + military = killed or injured wherever both parts are given", () => {
    for (const row of runningTotals) {
      if (row.killedCivilian !== null && row.killedMilitary !== null)
        expect(row.killedCivilian + row.killedMilitary).toBe(row.killed);
      if (row.injuredCivilian !== null && row.injuredMilitary !== null)
        expect(row.injuredCivilian + row.injuredMilitary).toBe(row.injured);
    }
  });

  it("has one running-total row per date and reporting body, sorted by date", () => {
    const keys = runningTotals.map((row) => `${row.asOf}|${row.reportedBy}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(runningTotals.map((row) => row.asOf)).toEqual(
      runningTotals.map((row) => row.asOf).sort(),
    );
  });

  it("explains with a note every running total that is lower than the same body's earlier one", () => {
    const lastTotal = new Map<string, number>();
    for (const row of runningTotals) {
      const previous = lastTotal.get(row.reportedBy);
      if (row.total !== null && previous !== undefined && row.total < previous)
        expect(row.note, JSON.stringify(row)).toBeDefined();
      if (row.total !== null) lastTotal.set(row.reportedBy, row.total);
    }
  });

  it("keeps the three contradictory killed-since-the-1990s figures in separate rows", () => {
    const killed = historical.map((row) => row.killed);
    for (const value of [358, 595, 639, 587])
      expect(killed.filter((k) => k === value)).toHaveLength(1);
  });

  it("dates ANAMA's 415 to 26 December 2025, after its 409 of October 2025 and the MFA's 412", () => {
    const late2025 = runningTotals
      .filter((row) => row.asOf >= "2025-10" && row.asOf <= "2025-12-31")
      .map((row) => [row.asOf, row.reportedBy, row.total]);
    expect(late2025).toEqual([
      ["2025-10", "ANAMA", 409],
      ["2025-11-17", "Ministry of Foreign Affairs", 412],
      ["2025-12-26", "ANAMA", 415],
    ]);
  });

  it("lists one Landmine Monitor row per world casualty year, sorted", () => {
    const years = globalYears.map((row) => row.year);
    expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
  });

  it("records that neither Azerbaijan nor Armenia has joined the Mine Ban Treaty", () => {
    expect(treaty.map((row) => [row.country, row.mineBanTreaty])).toEqual([
      ["Azerbaijan", "not-party"],
      ["Armenia", "not-party"],
    ]);
    expect(treaty.find((row) => row.country === "Armenia")?.listedAsProducer).toBe(true);
  });
});

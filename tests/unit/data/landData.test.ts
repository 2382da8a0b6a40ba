import { describe, expect, it } from "vitest";
import { loadDatasets } from "../../../src/lib/data/loadDatasets.ts";

const {
  contaminationEstimates: contamination,
  clearanceByYear: byYear,
  clearanceRunningTotals: runningTotals,
  clearanceTargets: targets,
  fundingSplits: splits,
  donors,
  events,
  claims,
  districts,
} = loadDatasets();

const cabinet = "Cabinet of Ministers (Prime Minister's annual report)";

describe("land, funding and timeline datasets", () => {
  it("every row and every nested response, assessment and fact names a research figure and a source", () => {
    const attributed = [
      ...contamination,
      ...byYear,
      ...runningTotals,
      ...targets,
      ...splits,
      ...donors,
      ...events,
      ...claims,
      ...claims.flatMap((claim) => [...claim.responses, ...claim.assessments]),
      ...districts.flatMap((district) => district.facts),
    ];
    for (const row of attributed) {
      expect(row.evidence.length).toBeGreaterThan(0);
      expect(row.sources.length).toBeGreaterThan(0);
    }
  });

  it("lists exactly 14 districts: 9 in Garabagh and 5 in East-Zangazur", () => {
    expect(districts).toHaveLength(14);
    expect(districts.filter((district) => district.region === "garabagh")).toHaveLength(9);
    expect(districts.filter((district) => district.region === "east-zangazur")).toHaveLength(5);
  });

  it("links every district map handover to an event of the timeline on the same date", () => {
    const eventDates = new Map(events.map((event) => [event.id, event.date]));
    for (const handover of districts.flatMap((district) => district.mapHandovers)) {
      expect(eventDates.get(handover.eventId)).toBe(handover.date);
    }
  });

  it("has at most one primary clearance row per year, and it is the Cabinet's from 2022 on", () => {
    const years = [...new Set(byYear.map((row) => row.year))];
    for (const year of years) {
      const primaries = byYear.filter((row) => row.year === year && row.primary);
      expect(primaries.length).toBeLessThanOrEqual(1);
      if (year >= 2022) {
        expect(primaries).toHaveLength(1);
        expect(primaries[0]?.reportedBy).toBe(cabinet);
      }
    }
  });

  it("keeps Mine Action Review's narrow 2022 figure apart from the all-operator headline", () => {
    const review = byYear.find(
      (row) => row.year === 2022 && row.reportedBy === "Mine Action Review",
    );
    expect(review?.primary).toBe(false);
    expect(review?.derived).toBeDefined();
  });

  it("records the 28–29 November 2023 Baku technical conference under its reported name", () => {
    const conference = events.find((event) => event.date === "2023-11-28");
    expect(conference?.category).toBe("conference");
    expect(conference?.endDate).toBe("2023-11-29");
    expect(conference?.title).toContain("Combating Mine Threat: Innovations and Best Practices");
  });

  it("gives the 1.5 million mines figure with ANAMA's own 'about', as an estimate, not a count", () => {
    const anama = contamination.find((row) => row.id === "anama-2023-11-estimated-mines");
    expect(anama?.value).toBe(1_500_000);
    expect(anama?.qualifier).toBe("about");
    expect(anama?.note).toMatch(/estimate, not a count/);
  });

  it("leaves the KSrelief amount unknown rather than zero", () => {
    const ksrelief = donors.find((row) => row.id === "ksrelief-2024");
    expect(ksrelief?.amount).toBeNull();
    expect(ksrelief?.currency).toBeNull();
  });

  it("never splits the combined Fuzuli and Zangilan map figure between the two districts", () => {
    const mapped = districts.filter((district) =>
      district.facts.some((fact) => fact.metric === "mines-on-handed-over-maps"),
    );
    expect(mapped.map((district) => district.id)).toEqual(["AZ-AGM"]);
  });

  it("explains every running total that is lower than the same body's previous one", () => {
    const fields = ["hectares", "apMines", "atMines", "uxo", "itemsTotal"] as const;
    for (const field of fields) {
      const last = new Map<string, number>();
      for (const row of runningTotals) {
        const value = row[field];
        if (value === null) continue;
        const previous = last.get(row.reportedBy);
        if (previous !== undefined && value < previous) expect(row.note).toBeDefined();
        last.set(row.reportedBy, value);
      }
    }
  });

  it("sorts every dated file by date, oldest first", () => {
    const isSorted = (dates: readonly string[]) =>
      dates.every((date, index) => index === 0 || (dates[index - 1] ?? "") <= date);
    expect(isSorted(contamination.map((row) => row.asOf))).toBe(true);
    expect(isSorted(runningTotals.map((row) => row.asOf))).toBe(true);
    expect(isSorted(targets.map((row) => row.statedOn))).toBe(true);
    expect(isSorted(splits.map((row) => row.asOf))).toBe(true);
    expect(isSorted(donors.map((row) => row.date))).toBe(true);
    expect(isSorted(events.map((row) => row.date))).toBe(true);
    expect(isSorted(claims.map((row) => row.date))).toBe(true);
    expect(isSorted(byYear.map((row) => String(row.year)))).toBe(true);
  });
});

import type { CasualtyRunningTotal } from "../../../src/lib/schemas/casualties.ts";

/** A running-total row with the given values and neutral defaults for everything else. */
export function runningTotal(
  asOf: string,
  values: Partial<Pick<CasualtyRunningTotal, "total" | "killed" | "injured">>,
  reportedBy = "ANAMA",
): CasualtyRunningTotal {
  return {
    asOf,
    total: values.total ?? null,
    killed: values.killed ?? null,
    injured: values.injured ?? null,
    killedCivilian: null,
    killedMilitary: null,
    injuredCivilian: null,
    injuredMilitary: null,
    qualifier: "exact",
    scope: "all-azerbaijan",
    reportedBy,
    sources: ["test-source"],
    evidence: ["test-figure"],
  };
}

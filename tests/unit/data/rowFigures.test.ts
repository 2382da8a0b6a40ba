import { describe, expect, it } from "vitest";
import { z } from "zod";
import claimsJson from "../../../data/claims.json";
import eventsJson from "../../../data/events.json";
import { contestedClaimSchema, timelineEventSchema } from "../../../src/lib/schemas/events.ts";

const events = z.array(timelineEventSchema).parse(eventsJson);
const claims = z.array(contestedClaimSchema).parse(claimsJson);

// The figures of a row restate numbers its text already gives: text and number must not drift apart.
const rows = [
  ...events.map((event) => ({
    id: event.id,
    text: `${event.title} ${event.description}`,
    figures: event.figures,
  })),
  ...claims.map((claim) => ({ id: claim.id, text: claim.claim, figures: claim.figures })),
].filter((row) => row.figures !== undefined);

/** Whether the text states the number on its own, written "2,728" or "2728" (not inside "12,728" or "2,7289"). */
function mentions(text: string, value: number): boolean {
  return [value.toLocaleString("en-GB"), String(value)].some((written) => {
    const escaped = written.replace(/[.,]/g, (mark) => `\\${mark}`);
    return new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`).test(text);
  });
}

describe("figures of events and claims", () => {
  it("are present on some rows, so the story has numbers to quote", () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  it.each(rows)("of $id are positive and each is stated in the row's text", ({ text, figures }) => {
    for (const [name, figure] of Object.entries(figures ?? {})) {
      expect(figure.value, name).toBeGreaterThan(0);
      expect(mentions(text, figure.value), `${name} = ${String(figure.value)}`).toBe(true);
    }
  });

  it("mentions() finds a number only where it stands alone", () => {
    expect(mentions("found 2,728 mines", 2728)).toBe(true);
    expect(mentions("more than 2700", 2700)).toBe(true);
    expect(mentions("found 12,728 mines", 2728)).toBe(false);
    expect(mentions("about 25%", 25)).toBe(true);
    expect(mentions("125 people", 25)).toBe(false);
  });
});

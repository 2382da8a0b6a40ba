import { z } from "zod";
import { attribution, isoDate, qualifier } from "./common.ts";

/**
 * The numbers a row's text states, as numbers, keyed by a camelCase name ("participants", "mines"), so prose
 * quotes a field instead of a string; each is copied from one of the row's figure excerpts, never computed.
 */
export const rowFigures = z
  .record(
    z.string().regex(/^[a-z][a-zA-Z0-9]*$/, "must be a camelCase name"),
    z
      .object({
        /** The number as the source states it, in `unit`. */
        value: z.number().positive(),
        unit: z.enum(["people", "countries", "mines", "maps", "days", "percent", "km"]),
        qualifier: qualifier.default("exact"),
      })
      .strict(),
  )
  .optional();

/** The kinds of dated event on the timeline. */
export const eventCategory = z.enum([
  "conflict",
  "ceasefire",
  "map-handover",
  "claim",
  "response",
  "conference",
  "law",
  "treaty",
  "funding",
  "report",
]);

/** One dated event: a ceasefire, a mine-map handover, a conference, a law (neutral wording, attributed). */
export const timelineEventSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lowercase slug"),
    date: isoDate,
    /** The last day of a multi-day event. */
    endDate: isoDate.optional(),
    category: eventCategory,
    /** A short headline, neutral, e.g. "Ceasefire ends the 2020 war". */
    title: z.string().min(5).max(90),
    /** One or two sentences, attributed ("according to …"). */
    description: z.string().min(10),
    figures: rowFigures,
    ...attribution,
  })
  .strict();

/** A contested claim with the other side's published response and any independent assessment. */
export const contestedClaimSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lowercase slug"),
    date: isoDate,
    claimant: z.string().min(2),
    /** The claim in neutral words, attributed. */
    claim: z.string().min(10),
    figures: rowFigures,
    responses: z.array(
      z
        .object({
          date: isoDate,
          respondent: z.string().min(2),
          summary: z.string().min(10),
          sources: z.array(z.string().min(1)).min(1),
          evidence: z.array(z.string().min(1)).min(1),
        })
        .strict(),
    ),
    assessments: z.array(
      z
        .object({
          date: isoDate,
          body: z.string().min(2),
          summary: z.string().min(10),
          sources: z.array(z.string().min(1)).min(1),
          evidence: z.array(z.string().min(1)).min(1),
        })
        .strict(),
    ),
    ...attribution,
  })
  .strict();

/** A row of data/events.json. */
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
/** A row of data/claims.json. */
export type ContestedClaim = z.infer<typeof contestedClaimSchema>;

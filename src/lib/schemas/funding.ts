import { z } from "zod";
import { attribution, isoDate, qualifier } from "./common.ts";

/** A currency code the data uses (ISO 4217). */
export const currency = z.enum(["AZN", "USD", "EUR", "GBP", "JPY", "SAR", "AED", "CHF", "KRW"]);

/** A statement of how mine action is paid for: the state's and international shares or amounts. */
export const fundingSplitSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lowercase slug"),
    asOf: isoDate,
    /** The period the statement covers, in the source's words, e.g. "2020–2023". */
    period: z.string().min(4),
    /** Share paid by the state, percent (0–100), where stated. */
    nationalSharePercent: z.number().min(0).max(100).nullable(),
    internationalSharePercent: z.number().min(0).max(100).nullable(),
    nationalAmount: z.number().positive().nullable(),
    internationalAmount: z.number().positive().nullable(),
    currency: currency.nullable(),
    qualifier: qualifier.default("exact"),
    ...attribution,
  })
  .strict();

/** One donor's stated contribution to mine action in Azerbaijan (amount in `currency`, full units, not millions). */
export const donorContributionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lowercase slug"),
    donor: z.string().min(2),
    donorKind: z.enum([
      "state-budget",
      "government",
      "multilateral",
      "un-agency",
      "private",
      "other",
    ]),
    amount: z.number().positive().nullable(),
    currency: currency.nullable(),
    /** The year or announcement date of the contribution. */
    date: isoDate,
    /** Through whom the money goes, e.g. "UNDP / ANAMA". */
    channel: z.string().min(2).nullable(),
    purpose: z.string().min(5),
    qualifier: qualifier.default("exact"),
    ...attribution,
  })
  .strict();

/** A row of data/funding-split.json. */
export type FundingSplit = z.infer<typeof fundingSplitSchema>;
/** A row of data/donors.json. */
export type DonorContribution = z.infer<typeof donorContributionSchema>;

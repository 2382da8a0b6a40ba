import type { z } from "zod";

/** Nouns for zod's `expected` types, as an editor would say them. */
const typeNames: Readonly<Record<string, string>> = {
  int: "a whole number",
  number: "a number",
  string: "a string",
  boolean: "true or false",
  array: "an array",
  object: "an object",
  null: "null",
};

/** A value as it appears in the file, shortened, e.g. `61.5`, `"2023-02-30"`. */
export function showValue(value: unknown): string {
  if (value === undefined) return "nothing";
  // JSON.stringify writes Infinity and NaN as null, which would hide what is wrong.
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

// zod's built-in messages start like this; the schemas' own messages ("must be a whole number") do not.
const isDefaultMessage = (message: string): boolean =>
  /^(Invalid|Too (small|big)|Expected)\b/.test(message);

function sizeRule(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === "too_small";
  const limit = String(small ? issue.minimum : issue.maximum);
  const bound = small
    ? issue.inclusive
      ? "at least"
      : "more than"
    : issue.inclusive
      ? "at most"
      : "less than";
  const plural = limit === "1" ? "" : "s";
  if (issue.origin === "string") return `must have ${bound} ${limit} character${plural}`;
  if (issue.origin === "array") return `must have ${bound} ${limit} item${plural}`;
  return `must be ${bound} ${limit}`;
}

/** What is wrong with a field, e.g. "expected a whole number, got 61.5", from a zod issue and the offending value. */
export function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  const got = `got ${showValue(value)}`;
  switch (issue.code) {
    case "invalid_type": {
      if (value === undefined) return "is missing (write null where the source gives no value)";
      const noun = typeNames[issue.expected] ?? issue.expected;
      return `expected ${noun}, ${got}`;
    }
    case "invalid_value":
      return `expected one of ${issue.values.map((option) => showValue(option)).join(", ")}, ${got}`;
    case "unrecognized_keys":
      return "is not a field of this dataset (a typo?)";
    case "too_small":
    case "too_big":
      return `${isDefaultMessage(issue.message) ? sizeRule(issue) : issue.message}, ${got}`;
    case "invalid_format":
      return `${isDefaultMessage(issue.message) ? `must be a valid ${issue.format}` : issue.message}, ${got}`;
    case "invalid_union":
      return `${isDefaultMessage(issue.message) ? "does not match any allowed form" : issue.message}, ${got}`;
    default:
      return `${issue.message}, ${got}`;
  }
}

import { quoteNumbers, sameNumber, type QuotedNumber } from "../../evidence/quoteNumbers.ts";
import { statedNumbers } from "../../evidence/statedNumbers.ts";
import type { Qualifier } from "../../evidence/qualifierPatterns.ts";
import type { Evidence } from "../../schemas/evidence.ts";
import type { DataProblem } from "../DataProblem.ts";
import type { LoadedFile } from "../LoadedRow.ts";

// "preliminary" says what kind of estimate a figure is, not how big it is; a quote has no word for it before the number.
const sizeQualifier = (qualifier: Qualifier | undefined): Qualifier | undefined =>
  qualifier === "exact" || qualifier === "preliminary" ? undefined : qualifier;

const words = (qualifier: Qualifier | undefined): string =>
  qualifier === undefined ? "no qualifier" : `"${qualifier}"`;

const quoted = (record: Evidence): string => `${record.id}: "${record.quote}"`;

/**
 * Checks every number every row states against the verbatim quotes of its evidence: the number is in one of
 * them, with the qualifier the quote gives it; numbers the site computed must be listed in `derived.fields`.
 */
export function checkEvidence(
  files: readonly LoadedFile<unknown>[],
  evidence: ReadonlyMap<string, Evidence>,
  evidenceFile: string,
  /** Every id in the evidence file, valid or not: a record that failed its schema is reported there, once. */
  knownIds: ReadonlySet<string> = new Set(evidence.keys()),
): DataProblem[] {
  const numbersOf = new Map<string, QuotedNumber[]>();
  const numbersIn = (record: Evidence): QuotedNumber[] => {
    let numbers = numbersOf.get(record.id);
    if (numbers === undefined) numbersOf.set(record.id, (numbers = quoteNumbers(record.quote)));
    return numbers;
  };
  return files.flatMap(({ file, rows }) =>
    rows.flatMap(({ index, key, value: row }) =>
      statedNumbers(row).flatMap(
        ({ field, value, qualifier, evidence: ids, calculated, placing }): DataProblem[] => {
          const at = { file, row: index, key, field };
          if (calculated) return [];
          if (ids.some((id) => knownIds.has(id) && !evidence.has(id))) return [];
          const records = ids.flatMap((id) => evidence.get(id) ?? []);
          if (records.length === 0)
            return [
              { ...at, message: `${String(value)} has no evidence record in ${evidenceFile}` },
            ];
          const matches = records.flatMap((record) =>
            numbersIn(record)
              .filter((number) => sameNumber(number.value, value))
              .map((number) => ({ record, number })),
          );
          if (matches.length === 0)
            return [
              {
                ...at,
                message: `${String(value)} is not stated in its evidence (${records.map(quoted).join(" | ")}); if the site computed it, list "${field.split(".").pop() ?? field}" in derived.fields`,
              },
            ];
          const wanted = sizeQualifier(qualifier);
          if (placing || matches.some(({ number }) => number.qualifier === wanted)) return [];
          const [first] = matches;
          if (first === undefined) return [];
          return [
            {
              ...at,
              message: `the quote qualifies ${String(value)} with ${words(first.number.qualifier)} ("${first.number.text}" in ${quoted(first.record)}) but the row has ${words(wanted)}`,
            },
          ];
        },
      ),
    ),
  );
}

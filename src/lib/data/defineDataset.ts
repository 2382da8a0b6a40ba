import type { z } from "zod";

/** One dataset in data/: its file, row schema, row key and sort field (its title and description are in the edition's strings, <lang>/datasets.ts). */
export interface DatasetDefinition<
  Name extends string = string,
  Schema extends z.ZodType = z.ZodType,
> {
  /** camelCase name, the property of `Datasets`, e.g. "casualtyRunningTotals". */
  readonly name: Name;
  /** File name inside data/, e.g. "casualties-running-totals.json". */
  readonly file: string;
  /** The zod schema every row must pass. */
  readonly schema: Schema;
  /** The field rows must be sorted by, ascending (a date or year), if any. */
  readonly orderBy?: keyof z.output<Schema> & string;
  /** The row's unique key, e.g. "2023-09-19/ANAMA". A method so the registry can hold any row type. */
  key(row: z.output<Schema>): string;
}

/** Returns the definition unchanged, keeping its literal name and schema types for `Datasets`. */
export function defineDataset<const Name extends string, Schema extends z.ZodType>(
  definition: DatasetDefinition<Name, Schema>,
): DatasetDefinition<Name, Schema> {
  return definition;
}

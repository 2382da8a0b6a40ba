import { qualifierOf, type QualifiedRow } from "../../lib/evidence/qualifierOf.ts";
import { formatNumber } from "../../lib/format.ts";
import { qualified } from "../../lib/qualifierWords.ts";
import type { Edition } from "../../i18n/edition.ts";

/** A number of a row as its source states it, with the source's qualifier for that field ("about 200", "at least 6,897"). */
export function statedNumber(
  value: number,
  row: QualifiedRow,
  field: string,
  edition: Edition,
): string {
  return qualified(
    formatNumber(value, edition.locale),
    qualifierOf(row, field),
    edition.strings.qualifiers,
  );
}

import type { z } from "zod";
import type { qualifier } from "../../lib/schemas/common.ts";
import { strings } from "../../i18n/index.ts";

/** How a source qualifies its number. */
export type Qualifier = z.infer<typeof qualifier>;

/** A stated value in the source's terms: "about 8,000 km²", "more than 1,000,000 mines", "1,500,000 mines, preliminary". */
export function qualified(text: string, how: Qualifier): string {
  return strings.charts.contaminationEstimates.qualifiers[how](text);
}

import { formatDate, type Locale } from "../format.ts";
import type { Source } from "../schemas/sources.ts";

/** The labels a tooltip needs, from the edition's strings. */
export interface TooltipLabels {
  according: string;
  siteCalculation: string;
  source: string;
  undated: string;
}

/** What a tooltip says about a figure: who states it, as of when, how it was computed, where it is published. */
export interface TooltipFacts {
  reportedBy?: string | undefined;
  asOf?: string | undefined;
  /** A qualifier shown as a word in the tooltip only, e.g. "preliminary". */
  remark?: string | undefined;
  method?: string | undefined;
  sources: readonly Source[];
  /**
   * The words of the evidence that state the figure: verbatim (with the site's translation beside it when the
   * edition wants one), or the site's translation alone, marked as such (`mark`, e.g. "Our translation").
   */
  quotes?: readonly {
    quote: string;
    translation?: string | undefined;
    mark?: string | undefined;
  }[];
}

const isDate = (value: string): boolean => /^\d{4}-\d{2}(-\d{2})?$/.test(value);

/** The tooltip text of a figure in prose, one line per kind of information. */
export function factTooltip(facts: TooltipFacts, labels: TooltipLabels, locale: Locale): string {
  const when =
    facts.asOf === undefined
      ? undefined
      : isDate(facts.asOf)
        ? formatDate(facts.asOf, locale)
        : facts.asOf;
  const published = facts.sources.map(
    (source) =>
      `${source.publisher}, ${source.date ? formatDate(source.date, locale) : labels.undated}`,
  );
  return [
    facts.reportedBy ? `${labels.according} ${facts.reportedBy}` : undefined,
    when ? `(${when})` : undefined,
    facts.remark,
    facts.method ? `${labels.siteCalculation}: ${facts.method}` : undefined,
    ...(facts.quotes ?? []).map(
      ({ quote, translation, mark }) =>
        `“${quote}”${translation === undefined ? "" : ` (${translation})`}${mark === undefined ? "" : ` (${mark})`}`,
    ),
    published.length > 0 ? `${labels.source}: ${[...new Set(published)].join("; ")}` : undefined,
  ]
    .filter((line) => line !== undefined && line !== "")
    .join("\n");
}

import type { Edition } from "../i18n/index.ts";
import type { Evidence } from "../lib/schemas/evidence.ts";

/** A source's words as an edition shows them beside a figure. */
export interface QuoteInEdition {
  /** The verbatim quote, or the site's translation of it (then `mark` says so). */
  quote: string;
  /** The English edition's translation shown beside a quote in another language. */
  translation?: string | undefined;
  /** "Our translation", in the edition's words, when `quote` is the site's translation and not the source's words. */
  mark?: string | undefined;
}

/**
 * How an edition quotes a piece of evidence: in the quote's own language, verbatim; otherwise the site's
 * translation, marked as such, never passed off as the source's words (English keeps the original beside its
 * translation, as it always has). A quote with no translation yet stays verbatim in its language.
 */
export function quoteInEdition(record: Evidence, edition: Edition): QuoteInEdition {
  const original = record.language ?? "en";
  if (edition.lang === "en") return { quote: record.quote, translation: record.translation };
  if (original === edition.lang) return { quote: record.quote };
  const translated = edition.quoteTranslation(record.id);
  return translated === undefined
    ? { quote: record.quote }
    : { quote: translated, mark: edition.strings.pages.evidence.translation };
}

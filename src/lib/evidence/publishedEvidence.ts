import type { Datasets } from "../data/datasets.ts";

/** One evidence record as the site publishes it: the quote with its source's publisher, title, date and URL. */
export interface PublishedEvidence {
  readonly id: string;
  readonly publisher: string;
  readonly title: string;
  /** Publication date as the source gives it (a day, a month or a year); null when undated. */
  readonly date: string | null;
  readonly url: string;
  /** ISO 639-1 language of the quote. */
  readonly language: string;
  /** The source's words, verbatim. */
  readonly quote: string;
  /** The site's English translation, when the quote is not in English. */
  readonly translation: string | null;
  readonly note: string | null;
}

/** Every evidence record joined to its source, in id order: the /evidence.json fact-checkers read. */
export function publishedEvidence(
  data: Pick<Datasets, "evidence" | "sources">,
): PublishedEvidence[] {
  const sources = new Map(data.sources.map((source) => [source.id, source]));
  return data.evidence.map((record) => {
    const source = sources.get(record.source);
    if (source === undefined)
      throw new Error(`evidence ${record.id}: unknown source ${record.source}`);
    return {
      id: record.id,
      publisher: source.publisher,
      title: source.title,
      date: source.date ?? null,
      url: source.url,
      language: record.language ?? "en",
      quote: record.quote,
      translation: record.translation ?? null,
      note: record.note ?? null,
    };
  });
}

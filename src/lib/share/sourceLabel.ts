/** The parts of a source a download names. */
export interface SourceParts {
  publisher: string;
  title: string;
  /** A day, a month or a year (ISO), or undefined when the source is undated. */
  date?: string | undefined;
  url: string;
}

/** A source on one line for downloads: "Publisher, Title, date, URL" ("undated" when it has no date). */
export function sourceLabel(source: SourceParts): string {
  return [source.publisher, source.title, source.date ?? "undated", source.url].join(", ");
}

import type { Edition } from "../../i18n/index.ts";
import { pathIn } from "../../i18n/paths.ts";

/** Structured data (schema.org NewsArticle) for the story page of an edition. */
export function storyJsonLd(
  site: URL,
  edition: Edition,
  dateModified?: string,
): Record<string, unknown> {
  const { strings } = edition;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: strings.site.title,
    description: strings.site.description,
    inLanguage: strings.lang,
    mainEntityOfPage: new URL(pathIn(edition.lang, "/"), site).href,
    image: [new URL(pathIn(edition.lang, "/cards/story.png"), site).href],
    ...(dateModified ? { dateModified } : {}),
    author: { "@type": "Organization", name: strings.site.publisher },
    publisher: { "@type": "Organization", name: strings.site.publisher },
  };
}

import { strings } from "../../i18n/index.ts";

/** Structured data (schema.org NewsArticle) for the story page. */
export function storyJsonLd(site: URL, dateModified?: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: strings.site.title,
    description: strings.site.description,
    inLanguage: strings.lang,
    mainEntityOfPage: new URL("/", site).href,
    image: [new URL("/cards/story.png", site).href],
    ...(dateModified ? { dateModified } : {}),
    author: { "@type": "Organization", name: strings.site.publisher },
    publisher: { "@type": "Organization", name: strings.site.publisher },
  };
}

// One-off data preparation helper (never run by the build or tests).
import { createHash } from "node:crypto";

/**
 * The slug of a publisher: its words up to the first " (", lowercase, a-z0-9 and "-" only, at most 24 characters.
 * @param {string} publisher e.g. "News.az (citing Azerbaijan MFA post on X)"
 * @returns {string} e.g. "news-az"
 */
export function publisherSlug(publisher) {
  const head = publisher.split(" (")[0] ?? publisher;
  const slug = head
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, 24).replace(/-+$/, "");
}

/**
 * The date part of a source id: YYYY-MM-DD, YYYY-MM or YYYY as the source date starts, else "undated".
 * @param {string} sourceDate e.g. "2023-12-05 (same day as …)", "2024-08 (verify)", "undated (c. 2024)"
 * @returns {string}
 */
export function sourceDatePart(sourceDate) {
  const match = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(sourceDate);
  if (!match) return "undated";
  return match[0];
}

/**
 * The data/sources.json id of a research figure's source: publisher slug, source date, first 6 hex of sha1(url).
 * @param {{publisher: string, source_date: string, url: string}} figure a figures.json record
 * @returns {string} e.g. "news-az-2025-11-17-3fa2c1"
 */
export function sourceIdFor(figure) {
  const hash = createHash("sha1").update(figure.url).digest("hex").slice(0, 6);
  return `${publisherSlug(figure.publisher)}-${sourceDatePart(figure.source_date)}-${hash}`;
}

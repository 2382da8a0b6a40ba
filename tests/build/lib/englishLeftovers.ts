/**
 * English left on a page of another edition: visible text (text nodes, SVG labels, tooltips) that reads as
 * English, outside what may stay in its own language (quotes, source titles and publishers, proper names, code).
 * "Reads as English" = it has English function words, which neither Azerbaijani nor Russian text contains.
 */

// Function words that are English and not Azerbaijani (both use Latin letters): "at", "on", "in" are left out
// because Azerbaijani and names use them ("Aşağı", "Monitor" …) as parts of words, not as words.
const ENGLISH_WORDS = new Set([
  "the",
  "and",
  "of",
  "with",
  "from",
  "which",
  "were",
  "was",
  "has",
  "have",
  "been",
  "this",
  "that",
  "for",
  "by",
  "not",
  "are",
  "its",
  "their",
  "data",
  "table",
  "source",
  "sources",
  "about",
  "more",
  "than",
  "killed",
  "injured",
  "mines",
  "cleared",
  "land",
  "according",
  "chart",
  "page",
  "download",
]);

// Proper names that stay in Latin letters, with their English words, in every edition.
const PROPER_NAMES = [
  /\bThe HALO Trust\b/g,
  /\bHALO Trust\b/g,
  /\bLandmine (and Cluster Munition )?Monitor( \d{4})?\b/g,
  /\bMine Action Review\b/g,
  /\bNorwegian People's Aid\b/g,
  /\bNatural Earth\b/g,
  /\bCC BY 4\.0\b/g,
];

// Where a source's own words or names are shown as they are.
const EXEMPT =
  "script, style, template, code, pre, blockquote, bdi, cite, [lang]:not(html), .source-list";

/** The English-looking words of a text, after proper names are taken out. */
export function englishWords(text: string): string[] {
  let rest = text;
  for (const name of PROPER_NAMES) rest = rest.replace(name, " ");
  // Quoted words are a source's ("…"/«…»/“…”).
  rest = rest.replace(/“[^”]*”|«[^»]*»|"[^"]*"/g, " ");
  return (rest.toLowerCase().match(/[a-z']+/g) ?? []).filter((word) => ENGLISH_WORDS.has(word));
}

/** Visible texts of a page in another edition that read as English (two English words or more), each once. */
export function englishLeftovers(document: Document): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(EXEMPT)) continue;
    texts.push(node.textContent ?? "");
  }
  for (const element of document.querySelectorAll("[data-tip], .chart-svg [aria-label]")) {
    if (element.closest(EXEMPT)) continue;
    texts.push(element.getAttribute("data-tip") ?? element.getAttribute("aria-label") ?? "");
  }
  const found = texts
    .flatMap((text) => text.split("\n"))
    .map((line) => line.trim())
    .filter((line) => englishWords(line).length >= 2);
  return [...new Set(found)];
}

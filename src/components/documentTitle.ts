import type { Edition } from "../i18n/index.ts";

/** Titles past this many characters are cut in tabs and search results (html-validate counts entities in full). */
const MAX_TITLE = 60;
/** The longest <title> html-validate accepts, counted as written in the HTML (entities in full). */
const LONGEST = 70;

/** Length of text as Astro writes it into HTML: & < > " and ' become entities of 5 to 6 characters. */
const writtenLength = (text: string): number =>
  text.replace(/&/g, "&amp;").replace(/[<>]/g, "&lt;").replace(/["']/g, "&#39;").length;

/** `title` cut after its last whole word that fits, with an ellipsis, if it is too long for a <title>. */
function fitted(title: string): string {
  if (writtenLength(title) <= LONGEST) return title;
  let cut = "";
  for (const word of title.split(" ")) {
    const next = cut === "" ? word : `${cut} ${word}`;
    if (writtenLength(`${next}…`) > LONGEST) break;
    cut = next;
  }
  return `${cut.replace(/[,:;.–—-]+$/, "")}…`;
}

/**
 * The <title> of a page: "Title · Site name", or the title alone where that would be too long or on the front
 * page; a title too long even alone (some translated chart titles) is cut after a whole word.
 */
export function documentTitle(title: string, edition: Edition, { front = false } = {}): string {
  const withSiteName = `${title} · ${edition.strings.site.name}`;
  return front || withSiteName.length > MAX_TITLE ? fitted(title) : withSiteName;
}

import type { Edition } from "../i18n/index.ts";

/** Titles past this many characters are cut in tabs and search results (html-validate counts entities in full). */
const MAX_TITLE = 60;

/** The <title> of a page: "Title · Site name", or the title alone where that would be too long or on the front page. */
export function documentTitle(title: string, edition: Edition, { front = false } = {}): string {
  const withSiteName = `${title} · ${edition.strings.site.name}`;
  return front || withSiteName.length > MAX_TITLE ? title : withSiteName;
}

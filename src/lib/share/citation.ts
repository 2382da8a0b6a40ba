import { licence } from "./licence.ts";

/** What a citation names. */
export interface CitationInput {
  /** Chart id, used in the BibTeX key. */
  id: string;
  title: string;
  /** Who publishes the site (the author of record). */
  publisher: string;
  /** The site's name. */
  siteName: string;
  /** Absolute URL of the chart page. */
  url: string;
  /** The data version date (ISO): the latest change to the data, never the build time. */
  version: string;
  /** The version date for readers, e.g. "26 November 2026". */
  versionLabel: string;
  /** Absolute URL of this version's pinned chart page (/v/<release>/…), when the data is a release's. */
  versionUrl?: string | undefined;
  /** The bodies that state the figures ("who says it"), credited upstream. */
  reportedBy: readonly string[];
  /** The citation's own words in the edition's language. */
  words: CitationWords;
}

/** The words a citation is written with, in one edition's language. */
export interface CitationWords {
  /** Before the version date, mid-sentence: "data as of". */
  dataAsOf: string;
  thisVersion: string;
  licence: string;
  originalData: string;
}

/** A plain-text citation: author, title, site, version date, URL, licence and the upstream sources. */
export function citationText(input: CitationInput): string {
  const { words } = input;
  const upstream =
    input.reportedBy.length > 0 ? ` ${words.originalData}: ${input.reportedBy.join("; ")}.` : "";
  return (
    `${input.publisher}. “${input.title}.” ${input.siteName}, ${words.dataAsOf} ${input.versionLabel}. ` +
    `${input.url}.${input.versionUrl === undefined ? "" : ` ${words.thisVersion}: ${input.versionUrl}.`} ` +
    `${words.licence}: ${licence.name}.${upstream}`
  );
}

// BibTeX's special characters, replaced in one pass so an inserted macro's braces are not escaped again.
const bibtexEscapes: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** Text safe inside a BibTeX field: braces escaped, so a title cannot unbalance the entry. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => bibtexEscapes[char] ?? `\\${char}`);
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A BibTeX @misc entry for the chart (urldate and note carry the data version date). */
export function citationBibtex(input: CitationInput): string {
  const key = `${input.siteName.replace(/[^A-Za-z0-9]+/g, "").toLowerCase()}-${input.id}`;
  const year = input.version.slice(0, 4);
  const fields: [string, string][] = [
    ["author", `{${escapeBibtex(input.publisher)}}`],
    ["title", `{${escapeBibtex(input.title)}}`],
    ["howpublished", escapeBibtex(input.siteName)],
    ["year", year],
    ["url", input.url],
    ["urldate", input.version],
    [
      "note",
      escapeBibtex(
        `${capitalised(input.words.dataAsOf)} ${input.versionLabel}` +
          (input.versionUrl === undefined
            ? ""
            : `; ${input.words.thisVersion.toLowerCase()}: ${input.versionUrl}`) +
          `; ${input.words.licence.toLowerCase()} ${licence.name}` +
          (input.reportedBy.length > 0
            ? `; ${input.words.originalData.toLowerCase()}: ${input.reportedBy.join("; ")}`
            : ""),
      ),
    ],
  ];
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(",\n");
  return `@misc{${key},\n${body}\n}`;
}

/** A digit sequence typed by hand into story prose, with the text around it. */
export interface HandTypedNumber {
  number: string;
  context: string;
}

const component = /<([A-Z][\w.]*)\b(?:[^>"'{]|"[^"]*"|'[^']*'|\{[^{}]*\})*?\/>/g;
const anyTag = /<\/?[a-zA-Z][\w.-]*\b(?:[^>"'{]|"[^"]*"|'[^']*'|\{[^{}]*\})*?>/g;
const number = /\d+(?:[.,]\d+)*/g;

/** A bare four-digit year naming an event ("the 2020 war") is allowed; every other number must come from data. */
export function isAllowedYear(token: string): boolean {
  return /^\d{4}$/.test(token) && Number(token) >= 1988 && Number(token) <= 2030;
}

/**
 * The prose text of an Astro story component: without its frontmatter, comments, script and style blocks,
 * self-closing components (<Fact … />, <DateFact … />, <CalcFact … />) and tags with their attribute values.
 */
export function proseText(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, "")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, " ")
    .replace(component, " ")
    .replace(anyTag, " ");
}

/** Every number typed by hand in a story component's prose (see isAllowedYear for the one exception). */
export function handTypedNumbers(source: string): HandTypedNumber[] {
  const text = proseText(source);
  return [...text.matchAll(number)]
    .filter((match) => !isAllowedYear(match[0]))
    .map((match) => ({
      number: match[0],
      context: text
        .slice(Math.max(0, match.index - 40), match.index + match[0].length + 40)
        .replace(/\s+/g, " ")
        .trim(),
    }));
}

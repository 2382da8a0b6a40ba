/**
 * JSON to put inside an HTML <script> element (JSON-LD): `<`, `>` and `&` written as \u escapes, so no text
 * from the data can close the element or open a comment; U+2028/U+2029 too, for older JavaScript parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

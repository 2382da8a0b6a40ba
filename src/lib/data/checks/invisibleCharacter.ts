// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), bidi marks (U+200E, U+200F, U+061C),
// C0 and C1 controls (line breaks and tabs included: a field is one run of text), zero-width and invisible
// operators (U+200B, U+2060–U+2064), the byte-order mark (U+FEFF), interlinear annotations (U+FFF9–U+FFFB) and
// the line and paragraph separators (U+2028, U+2029). Zero-width joiners (U+200C, U+200D) stay allowed: some
// scripts need them.
const invisible =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point.
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/u;

/** Names of the characters most likely to be pasted in, for the message. */
const names: Readonly<Record<number, string>> = {
  0x09: "CHARACTER TABULATION",
  0x0a: "LINE FEED",
  0x0d: "CARRIAGE RETURN",
  0x200b: "ZERO WIDTH SPACE",
  0x200e: "LEFT-TO-RIGHT MARK",
  0x200f: "RIGHT-TO-LEFT MARK",
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202c: "POP DIRECTIONAL FORMATTING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
  0xfeff: "ZERO WIDTH NO-BREAK SPACE (byte-order mark)",
};

/** The first invisible control character in `text` (bidi controls, control codes, zero-width marks), if any. */
export function invisibleCharacter(
  text: string,
): { readonly position: number; readonly label: string } | undefined {
  const match = invisible.exec(text);
  if (match === null) return undefined;
  const code = match[0].codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase().padStart(4, "0");
  const name = names[code];
  return { position: match.index + 1, label: name === undefined ? `U+${hex}` : `U+${hex} ${name}` };
}

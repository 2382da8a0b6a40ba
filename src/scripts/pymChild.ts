// The child half of NPR's pym.js protocol, reduced to what an embed needs: messages are strings
// "pym" + "xPYMx" + id + "xPYMx" + type + "xPYMx" + value, and the id is the parent's container element id.

/** The separator between the parts of a pym.js message. */
export const pymDelimiter = "xPYMx";

// An element id as a newsroom template writes it; anything else (quotes, "<", spaces) is never echoed back.
const childIdPattern = /^[A-Za-z][\w:.-]{0,63}$/;

/** The start of every message to or from the parent that named this frame `childId`, or undefined when the id is missing or not a plain element id. */
export function pymPrefix(childId: string | null): string | undefined {
  return childId !== null && childIdPattern.test(childId)
    ? `pym${pymDelimiter}${childId}${pymDelimiter}`
    : undefined;
}

/** The width, in CSS pixels, that a pym.js "width" message to this frame carries; undefined for any other message or a width that is not a finite positive number. */
export function pymWidth(prefix: string | undefined, data: unknown): number | undefined {
  if (prefix === undefined || typeof data !== "string") return undefined;
  const start = `${prefix}width${pymDelimiter}`;
  if (!data.startsWith(start)) return undefined;
  const value = data.slice(start.length);
  // Digits only: no sign, exponent, "Infinity" or trailing text.
  const width = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(width) && width > 0 ? width : undefined;
}

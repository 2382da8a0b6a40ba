/** How many of a text's brackets are open at its end. */
function unclosed(text: string): number {
  let depth = 0;
  for (const char of text) depth = Math.max(0, depth + (char === "[" ? 1 : char === "]" ? -1 : 0));
  return depth;
}

/**
 * A pseudo-edition text with every [bracketed] part (what came through the edition) blanked out, nested ones
 * too. A bracket cut short by an ellipsis at the end of a line ("[Azerbaijan Campaign…", a label Plot truncated)
 * counts as closed there.
 */
export function outsideBrackets(text: string): string {
  let outside = text
    .split("\n")
    .map((line) => (line.endsWith("…") ? line + "]".repeat(unclosed(line)) : line))
    .join("\n");
  // Innermost brackets first: a bracketed string may hold a bracketed data text.
  for (let before = ""; before !== outside;) {
    before = outside;
    outside = outside.replace(/\[[^[\]]*\]/g, " ");
  }
  return outside;
}

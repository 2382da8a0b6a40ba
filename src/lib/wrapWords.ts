/**
 * Breaks text at spaces into lines that `fits` accepts, filling each line before starting the next; a word too
 * long for any line keeps a line of its own. How a line is measured (characters, estimated pixels) is the caller's.
 */
export function wrapWords(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = "";
  // Breaks only at ordinary spaces: a no-break space (Russian "92 000", "2026 г.") holds its words together.
  for (const word of text.split(/[ \t\n\r]+/).filter((part) => part !== "")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && !fits(candidate)) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== "") lines.push(line);
  return lines;
}

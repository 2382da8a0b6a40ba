/** One line of a _headers rule: set a header, or detach ("! Name") one set by an earlier, broader rule. */
export type HeaderLine =
  | { readonly kind: "set"; readonly name: string; readonly value: string }
  | { readonly kind: "detach"; readonly name: string };

/** One block of a _headers file: a URL pattern and its indented header lines. */
export interface HeaderRule {
  readonly pattern: string;
  readonly lines: readonly HeaderLine[];
}

/** Parses a Cloudflare Pages / Netlify `_headers` file; throws on a line that is neither a pattern nor a header. */
export function parseHeadersFile(source: string): HeaderRule[] {
  const rules: { pattern: string; lines: HeaderLine[] }[] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === "" || raw.trim().startsWith("#")) return;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), lines: [] });
      return;
    }
    const rule = rules.at(-1);
    const detach = /^\s+!\s*([\w-]+)\s*$/.exec(raw);
    const set = /^\s+([\w-]+):\s*(.+?)\s*$/.exec(raw);
    if (rule === undefined || (detach === null && set === null)) {
      throw new Error(`_headers line ${String(index + 1)} is not a header: ${raw}`);
    }
    if (detach?.[1] !== undefined)
      rule.lines.push({ kind: "detach", name: detach[1].toLowerCase() });
    else if (set?.[1] !== undefined && set[2] !== undefined) {
      rule.lines.push({ kind: "set", name: set[1].toLowerCase(), value: set[2] });
    }
  });
  return rules;
}

const patternToRegExp = (pattern: string): RegExp =>
  new RegExp(
    `^${pattern
      .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/:\w+/g, "[^/]+")}$`,
  );

/**
 * The headers a host sends for a URL path, as Cloudflare Pages resolves them: every matching rule applies
 * in order, a repeated header is joined with ", ", and "! Name" removes what earlier rules set.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter(({ pattern }) => patternToRegExp(pattern).test(path))) {
    for (const line of rule.lines) {
      if (line.kind === "detach") headers.delete(line.name);
      else {
        const previous = headers.get(line.name);
        headers.set(line.name, previous === undefined ? line.value : `${previous}, ${line.value}`);
      }
    }
  }
  return headers;
}

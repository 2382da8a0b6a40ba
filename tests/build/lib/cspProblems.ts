import { createHash } from "node:crypto";

/** Parses a Content-Security-Policy value into a map from directive name to its sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name !== undefined && name !== "") directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const hashesOf = (content: string): string[] =>
  (["sha256", "sha384", "sha512"] as const).map(
    (algorithm) =>
      `'${algorithm}-${createHash(algorithm).update(content, "utf8").digest("base64")}'`,
  );

// Only these script types are executed; JSON and other data blocks are outside CSP.
const executable = (script: Element): boolean =>
  ["", "module", "text/javascript", "application/javascript"].includes(
    (script.getAttribute("type") ?? "").trim().toLowerCase(),
  );

/**
 * What a page's <meta> CSP gets wrong: a missing policy, weaker directives than the site's
 * (default-src 'self', img-src 'self' data:, no 'unsafe-inline'), or inline code the policy would block.
 */
export function cspProblems(document: Document): string[] {
  const metas = [...document.querySelectorAll("meta[http-equiv]")].filter(
    (meta) => meta.getAttribute("http-equiv")?.toLowerCase() === "content-security-policy",
  );
  const [meta] = metas;
  if (meta === undefined || metas.length > 1)
    return [`expected one CSP <meta>, found ${String(metas.length)}`];
  const csp = parseCsp(meta.getAttribute("content") ?? "");
  const problems: string[] = [];
  const sources = (name: string): string[] => csp.get(name) ?? [];
  if (sources("default-src").join(" ") !== "'self'")
    problems.push(`default-src is "${sources("default-src").join(" ")}", not 'self'`);
  if (sources("img-src").join(" ") !== "'self' data:")
    problems.push(`img-src is "${sources("img-src").join(" ")}", not 'self' data:`);
  for (const name of ["script-src", "style-src"]) {
    if (!csp.has(name)) problems.push(`${name} is missing`);
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'"]) {
      if (sources(name).includes(unsafe)) problems.push(`${name} allows ${unsafe}`);
    }
  }
  const blocked = (name: string, content: string): boolean =>
    !hashesOf(content).some((hash) => sources(name).includes(hash));
  for (const script of document.querySelectorAll("script:not([src])")) {
    const content = script.textContent;
    if (executable(script) && blocked("script-src", content))
      problems.push(`inline <script> not hashed in script-src: ${content.slice(0, 60)}`);
  }
  for (const style of document.querySelectorAll("style")) {
    const content = style.textContent;
    if (blocked("style-src", content))
      problems.push(`inline <style> not hashed in style-src: ${content.slice(0, 60)}`);
  }
  for (const element of document.querySelectorAll("*")) {
    for (const { name } of element.attributes) {
      if (name === "style" || name.startsWith("on")) {
        problems.push(
          `<${element.tagName.toLowerCase()} ${name}> is blocked by the CSP (use a class or a script)`,
        );
      }
    }
  }
  return problems;
}

import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtPages, siteOrigin } from "../build/lib/dist.ts";

const fixtures = new URL("./fixtures/", import.meta.url);

/** The embed code a chart page offers, as a reader would copy it from the textarea; `edition` is "", "/az" or "/ru". */
export function embedCodeOf(chartId: string, edition = ""): string {
  const path = `${edition}/charts/${chartId}/`;
  const page = builtPages().find((candidate) => candidate.path === path);
  const raw = page?.document.querySelector("#embed textarea")?.textContent ?? "";
  if (raw === "") throw new Error(`no embed code on ${path}`);
  // linkedom keeps <textarea> character references as written; a browser shows them decoded.
  return raw
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&");
}

/**
 * Writes the mock article (fixtures/host.html) into a fresh directory with the embed code of two charts
 * pasted in (from the chart pages of `edition`: "", "/az" or "/ru"), pointed at `localSite` instead of the public
 * origin, and the host's own CSP if given; returns
 * the directory to serve.
 */
export function writeHostPage(
  chartIds: readonly [string, string],
  localSite: string,
  { csp, edition = "" }: { csp?: string; edition?: string } = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), "landmines-host-"));
  let html = readFileSync(new URL("host.html", fixtures), "utf8");
  // A host page with its own Content Security Policy, as a strict newsroom CMS sends it.
  if (csp !== undefined)
    html = html.replace(
      '<meta charset="utf-8" />',
      `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
    );
  chartIds.forEach((id, index) => {
    const code = embedCodeOf(id, edition).replaceAll(siteOrigin(), localSite);
    html = html.replace(`<!--EMBED-${String(index + 1)}-->`, code);
  });
  writeFileSync(join(dir, "index.html"), html);
  copyFileSync(new URL("foreign.html", fixtures), join(dir, "foreign.html"));
  return dir;
}

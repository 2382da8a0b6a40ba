import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chartById } from "../../src/charts/registry.ts";
import { jsonForScript } from "../../src/lib/share/jsonForScript.ts";
import { siteOrigin } from "../build/lib/dist.ts";
import { embedCodeOf } from "./embedHost.ts";
import { edition } from "../../src/i18n/index.ts";

/** The published pym.js (npm package pym.js), minified, as newsrooms load it. */
const pymScript = createRequire(import.meta.url).resolve("pym.js/dist/pym.v1.min.js");

/** One chart on the mock article: embedded with pym.Parent into the container `pymId`, or, without one, with the site's own embed code. */
export interface HostedChart {
  readonly chartId: string;
  readonly pymId?: string;
}

/**
 * Writes the mock pym.js article (fixtures/pym-host.html) into a fresh directory, with pym.js beside it and
 * two charts pointed at `localSite`; returns the directory to serve.
 */
export function writePymHostPage(
  hosted: readonly [HostedChart, HostedChart],
  localSite: string,
): string {
  const dir = mkdtempSync(join(tmpdir(), "landmines-pym-host-"));
  let html = readFileSync(new URL("./fixtures/pym-host.html", import.meta.url), "utf8");
  const parents: string[] = [];
  hosted.forEach(({ chartId, pymId }, index) => {
    const slot = `<!--EMBED-${String(index + 1)}-->`;
    if (pymId === undefined) {
      html = html.replace(slot, embedCodeOf(chartId).replaceAll(siteOrigin(), localSite));
      return;
    }
    html = html.replace(slot, `<div id="${pymId}"></div>`);
    const args = [pymId, `${localSite}/embed/${chartId}/`].map(jsonForScript).join(", ");
    const title = jsonForScript(chartById(chartId).text(edition).title);
    parents.push(`new pym.Parent(${args}, { title: ${title} });`);
  });
  html = html.replace("<!--PYM-PARENTS-->", `<script>\n${parents.join("\n")}\n</script>`);
  writeFileSync(join(dir, "index.html"), html);
  copyFileSync(pymScript, join(dir, "pym.v1.min.js"));
  return dir;
}

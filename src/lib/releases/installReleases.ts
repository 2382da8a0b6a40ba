import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { unpackArchive } from "./archive.ts";
import { loadReleases } from "./releaseManifest.ts";

/** The folder in releases/ that holds the content-hashed assets (fonts) every release shares. */
export const ASSETS_FOLDER = "assets";

/**
 * Unpacks every archived release of `releasesDir` into `outDir`/v/<release>/, and the content-hashed assets
 * (fonts) releases share into `outDir`/_astro/ where the build has not written the same file, after checking each archive's SHA-256 against the manifest. `pending` names the
 * release `npm run release` is building (no archive yet); any other release without one is an error.
 * Returns the ids unpacked.
 */
export function installReleases(outDir: string, releasesDir: string, pending?: string): string[] {
  const installed: string[] = [];
  for (const release of loadReleases(releasesDir)) {
    if (release.archive === undefined) {
      if (release.id === pending) continue;
      throw new Error(`release ${release.id} has no archive: run npm run release again`);
    }
    const bytes = readFileSync(join(releasesDir, release.archive.file));
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    if (sha256 !== release.archive.sha256) {
      throw new Error(
        `releases/${release.archive.file} does not match its SHA-256 in releases.json`,
      );
    }
    for (const file of unpackArchive(bytes)) {
      const target = join(outDir, "v", release.id, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.bytes);
    }
    installed.push(release.id);
  }
  const assets = join(releasesDir, ASSETS_FOLDER);
  if (existsSync(assets)) {
    mkdirSync(join(outDir, "_astro"), { recursive: true });
    // A content-hashed name means the same bytes: a file the build wrote is left as it is.
    for (const name of readdirSync(assets).sort()) {
      const target = join(outDir, "_astro", name);
      if (!existsSync(target)) copyFileSync(join(assets, name), target);
    }
  }
  return installed;
}

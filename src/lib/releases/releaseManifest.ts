import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { isoDate } from "../schemas/common.ts";

/** A release id: its date (UTC), or date-2, date-3 … for a second or third release on one day. */
export const releaseId = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(-[2-9]|-[1-9]\d+)?$/, "must be YYYY-MM-DD or YYYY-MM-DD-n");

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "must be a SHA-256 in hex");

/** One release in releases/releases.json: a dated, archived version of every chart's embed, page and data. */
export const releaseSchema = z
  .object({
    id: releaseId,
    date: isoDate,
    /** SHA-256 of every file in data/ at release time, by path: what changed since the previous release. */
    data: z.record(z.string(), sha256),
    /** Chart ids the archive holds; absent only while `npm run release` is building it (then: every chart). */
    charts: z.array(z.string()).optional(),
    /** The archive in releases/ (a Brotli-compressed tar), its size in bytes and SHA-256. */
    archive: z.object({ file: z.string(), bytes: z.number().int().positive(), sha256 }).optional(),
  })
  .strict();

/** A release of releases/releases.json. */
export type Release = z.infer<typeof releaseSchema>;

/** The releases folder: releases/ in the repository, or the folder named in LANDMINES_RELEASES_DIR. */
export const defaultReleasesDir = resolve(
  process.cwd(),
  process.env["LANDMINES_RELEASES_DIR"] ?? "releases",
);

/** The manifest's file name inside the releases folder. */
export const manifestFile = "releases.json";

/** Every release recorded in `dir`/releases.json, oldest first; none when the file does not exist yet. */
export function loadReleases(dir: string = defaultReleasesDir): Release[] {
  const file = join(dir, manifestFile);
  if (!existsSync(file)) return [];
  const releases = z.array(releaseSchema).parse(JSON.parse(readFileSync(file, "utf8")));
  const ids = releases.map((release) => release.id);
  if (new Set(ids).size !== ids.length) throw new Error(`${file}: a release id is used twice`);
  return releases;
}

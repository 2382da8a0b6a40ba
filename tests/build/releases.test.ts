import { readFileSync } from "node:fs";
import { join } from "node:path";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { unpackArchive } from "../../src/lib/releases/archive.ts";
import { loadReleases } from "../../src/lib/releases/releaseManifest.ts";
import { builtPages, fileForPath, isPinnedPath, readDist, readDistBytes } from "./lib/dist.ts";
import { root } from "./lib/runBuild.ts";

const releasesDir = join(root, "releases");

describe("releases and the updates feed in dist/", () => {
  it("serves every release in releases/ under /v/<release>/ exactly as archived", () => {
    const wrong = loadReleases(releasesDir).flatMap((release) => {
      if (release.archive === undefined) return [`${release.id}: no archive`];
      const files = unpackArchive(readFileSync(join(releasesDir, release.archive.file)));
      return files
        .filter((file) => !readDistBytes(`v/${release.id}/${file.path}`).equals(file.bytes))
        .map((file) => `v/${release.id}/${file.path} differs from its archive`);
    });
    expect(wrong).toEqual([]);
  });

  it("links the feed from the head of every page but the archived ones and redirects", () => {
    const without = builtPages()
      .filter((page) => !isPinnedPath(page.path))
      .filter((page) => page.document.querySelector('meta[http-equiv="refresh"]') === null)
      .filter(
        (page) =>
          page.document.querySelector(
            'head link[rel="alternate"][type="application/rss+xml"][href="/feed.xml"]',
          ) === null,
      )
      .map((page) => page.path);
    expect(without).toEqual([]);
    expect(fileForPath("/feed.xml")).toBe("feed.xml");
  });

  it("links the feed from the corrections page", () => {
    const corrections = builtPages().find((page) => page.path === "/corrections/");
    expect(corrections?.document.querySelector('main a[href="/feed.xml"]')).not.toBeNull();
  });

  it("gives feed readers (rss-parser) the releases and the corrections, each linked to its changelog entry", async () => {
    const feed = await new Parser().parseString(readDist("feed.xml"));
    const releases = loadReleases(releasesDir);
    const items = feed.items.map((item) => ({ title: item.title ?? "", link: item.link ?? "" }));
    for (const release of releases) {
      expect(items.some((item) => item.link.endsWith(`/corrections/#release-${release.id}`))).toBe(
        true,
      );
    }
    expect(items.filter((item) => item.title.startsWith("Correction")).length).toBeGreaterThan(0);
    const anchors = builtPages()
      .find((page) => page.path === "/corrections/")
      ?.document.querySelectorAll("li[id]");
    const ids = new Set([...(anchors ?? [])].map((li) => li.id));
    expect(items.filter((item) => !ids.has(new URL(item.link).hash.slice(1)))).toEqual([]);
  });
});

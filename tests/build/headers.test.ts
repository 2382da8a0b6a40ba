import { describe, expect, it } from "vitest";
import { builtPages, distFiles, isEmbedPath, readDist } from "./lib/dist.ts";
import { headersFor, parseHeadersFile } from "./lib/headersFile.ts";

describe("public/_headers as copied into dist/", () => {
  const rules = parseHeadersFile(readDist("_headers"));
  const pagePaths = builtPages().map((page) => page.path);
  const assetPaths = distFiles()
    .filter((file) => file.startsWith("_astro/"))
    .map((file) => `/${file}`);
  // Check the rules against real paths and against an embed and an asset that may not exist yet.
  const samplePaths = [
    ...new Set([...pagePaths, ...assetPaths, "/embed/example/", "/_astro/example.js"]),
  ];

  it("sends the security headers on every path", () => {
    const missing = samplePaths.flatMap((path) => {
      const headers = headersFor(rules, path);
      const expected: Record<string, RegExp> = {
        "x-content-type-options": /^nosniff$/,
        "referrer-policy": /^strict-origin-when-cross-origin$/,
        "permissions-policy":
          /^(?=.*camera=\(\))(?=.*microphone=\(\))(?=.*geolocation=\(\))(?=.*interest-cohort=\(\))/,
        "strict-transport-security": /^max-age=(\d{8,})/,
        "cross-origin-opener-policy": /^same-origin$/,
      };
      return Object.entries(expected)
        .filter(([name, pattern]) => !pattern.test(headers.get(name) ?? ""))
        .map(([name]) => `${path}: ${name}="${headers.get(name) ?? ""}"`);
    });
    expect(missing).toEqual([]);
  });

  it("forbids framing everywhere except embed pages, which any site may frame", () => {
    const wrong = samplePaths.flatMap((path) => {
      const headers = headersFor(rules, path);
      const [xfo, csp] = [headers.get("x-frame-options"), headers.get("content-security-policy")];
      const ok = isEmbedPath(path)
        ? xfo === undefined && csp === "frame-ancestors *"
        : xfo === "DENY" && csp === "frame-ancestors 'none'";
      return ok ? [] : [`${path}: X-Frame-Options=${String(xfo)}, CSP=${String(csp)}`];
    });
    expect(wrong).toEqual([]);
  });

  it("caches hashed /_astro/ assets for a year as immutable and HTML only briefly", () => {
    const wrong = samplePaths.flatMap((path) => {
      const cache = headersFor(rules, path).get("cache-control") ?? "";
      const maxAge = Number(/max-age=(\d+)/.exec(cache)?.[1] ?? Number.NaN);
      const ok = path.startsWith("/_astro/")
        ? maxAge >= 31_536_000 && cache.includes("immutable")
        : maxAge <= 3600 && !cache.includes("immutable");
      return ok ? [] : [`${path}: Cache-Control="${cache}"`];
    });
    expect(wrong).toEqual([]);
  });
});

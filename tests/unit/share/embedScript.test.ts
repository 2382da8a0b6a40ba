import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const script = readFileSync(new URL("../../../public/embed.js", import.meta.url));
const text = script.toString("utf8");

describe("public/embed.js, the script host pages load", () => {
  it("weighs under 1 KB raw and under 1 KB gzipped", () => {
    expect(script.length).toBeLessThan(1024);
    expect(gzipSync(script, { level: 9 }).length).toBeLessThan(1024);
  });

  it("is plain ES5 that any browser parses: no arrows, let/const, classes or template strings", () => {
    expect(text).not.toMatch(/=>|\blet\s|\bconst\s|\bclass\s|`/);
  });

  it("derives the trusted origin from its own src and checks every message against it", () => {
    expect(text).toContain("new URL(s.src).origin");
    expect(text).toMatch(/e\.origin !== origin/);
  });

  it("matches a message to the iframe whose contentWindow sent it, and reads both formats", () => {
    expect(text).toContain("contentWindow === e.source");
    expect(text).toContain('"datawrapper-height"');
    expect(text).toContain('"embed-size"');
  });
});

import { describe, expect, it } from "vitest";
import { headersFor, parseHeadersFile } from "./headersFile.ts";

const file = `# comment
/*
  X-Frame-Options: DENY
  Cache-Control: max-age=300

/embed/*
  ! X-Frame-Options

/_astro/*
  Cache-Control: immutable
`;

describe("headersFor(rules, path)", () => {
  const rules = parseHeadersFile(file);

  it("applies the catch-all rule to a page", () => {
    expect(headersFor(rules, "/")).toEqual(
      new Map([
        ["x-frame-options", "DENY"],
        ["cache-control", "max-age=300"],
      ]),
    );
  });

  it("removes a detached header on the narrower path", () => {
    expect(headersFor(rules, "/embed/map/").has("x-frame-options")).toBe(false);
  });

  it("joins a header set by two matching rules with a comma, as Cloudflare Pages does", () => {
    expect(headersFor(rules, "/_astro/a.js").get("cache-control")).toBe("max-age=300, immutable");
  });
});

describe("parseHeadersFile(source)", () => {
  it("throws on an indented line that is not a header", () => {
    expect(() => parseHeadersFile("/*\n  not a header\n")).toThrow(/line 2/);
  });
});

import { createHash } from "node:crypto";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { cspProblems, parseCsp } from "./cspProblems.ts";

const sha = (text: string): string =>
  `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const page = (csp: string, body = ""): Document =>
  parseHTML(
    `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${csp}"></head><body>${body}</body></html>`,
  ).document;
const base = "default-src 'self';img-src 'self' data:;";

describe("parseCsp(policy)", () => {
  it("maps each directive to its sources", () => {
    expect(parseCsp("default-src 'self'; img-src 'self' data: ;")).toEqual(
      new Map([
        ["default-src", ["'self'"]],
        ["img-src", ["'self'", "data:"]],
      ]),
    );
  });
});

describe("cspProblems(document)", () => {
  it("accepts inline code whose hashes are listed", () => {
    const body = "<script>go()</script><style>a{}</style>";
    expect(
      cspProblems(
        page(`${base} script-src 'self' ${sha("go()")}; style-src 'self' ${sha("a{}")}`, body),
      ),
    ).toEqual([]);
  });

  it("reports an unhashed inline script, a style attribute and an event handler", () => {
    const body = '<script>evil()</script><p style="color:red" onclick="x()">x</p>';
    expect(cspProblems(page(`${base} script-src 'self'; style-src 'self'`, body))).toEqual([
      "inline <script> not hashed in script-src: evil()",
      "<p style> is blocked by the CSP (use a class or a script)",
      "<p onclick> is blocked by the CSP (use a class or a script)",
    ]);
  });

  it("reports 'unsafe-inline' scripts and a default-src wider than 'self'", () => {
    expect(
      cspProblems(
        page("default-src *;img-src 'self' data:; script-src 'unsafe-inline'; style-src 'self'"),
      ),
    ).toEqual([`default-src is "*", not 'self'`, "script-src allows 'unsafe-inline'"]);
  });
});

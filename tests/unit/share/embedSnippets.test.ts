import { describe, expect, it } from "vitest";
import { embedIframe } from "../../../src/lib/share/embedCode.ts";
import { ampCode, pymCode } from "../../../src/lib/share/embedSnippets.ts";

const chart = { embedUrl: "https://example.org/embed/toll/", title: "Mine victims" };

describe("pymCode(chart, containerId)", () => {
  it("is a container with the id and a pym.Parent pointed at the embed page, titled", () => {
    expect(pymCode(chart, "landmines-toll")).toBe(
      [
        '<div id="landmines-toll"></div>',
        "<script>",
        '  new pym.Parent("landmines-toll", "https://example.org/embed/toll/", { title: "Mine victims" });',
        "</script>",
      ].join("\n"),
    );
  });

  it("writes a title with quotes or </script> as a string that cannot close the script", () => {
    const code = pymCode({ ...chart, title: '"</script><b>' }, "c");
    expect(code).toContain('title: "\\"\\u003c/script\\u003e\\u003cb\\u003e"');
    expect(code.match(/<\/script>/g)).toHaveLength(1);
  });
});

describe("ampCode(chart, height, overflowLabel)", () => {
  it("is a resizable fixed-height amp-iframe with a titled overflow button", () => {
    const code = ampCode(chart, 640, "Show the whole chart");
    expect(code).toMatch(
      /^<amp-iframe src="https:\/\/example.org\/embed\/toll\/" title="Mine victims"/,
    );
    expect(code).toContain('layout="fixed-height" height="640"');
    expect(code).toMatch(/\bresizable\b/);
    expect(code).toContain('sandbox="allow-scripts allow-same-origin');
    expect(code).toContain(
      '<div overflow tabindex="0" role="button" aria-label="Show the whole chart">Show the whole chart</div>',
    );
  });
});

describe("embedIframe(chart)", () => {
  it("is the embed code's iframe alone, with its fixed height and no script", () => {
    const iframe = embedIframe({ ...chart, height: 640 });
    expect(iframe).toMatch(/^<iframe [^>]*height="640"[^>]*><\/iframe>$/);
    expect(iframe).not.toContain("<script");
  });
});

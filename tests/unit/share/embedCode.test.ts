import { describe, expect, it } from "vitest";
import { EMBED_TEXT_ALLOWANCE, embedCode, embedHeight } from "../../../src/lib/share/embedCode.ts";

const options = {
  embedUrl: "https://example.org/embed/toll/",
  scriptUrl: "https://example.org/embed.js",
  title: "Mine victims since the 2020 ceasefire",
  height: 600,
};

describe("embedHeight", () => {
  it("is the tallest layout plus room for the title, subtitle and source line", () => {
    expect(embedHeight([412.4, 380])).toBe(413 + EMBED_TEXT_ALLOWANCE);
  });
});

describe("embedCode", () => {
  it("is a titled, lazy, full-width iframe with a no-script height, then the async resize script", () => {
    expect(embedCode(options)).toBe(
      '<iframe src="https://example.org/embed/toll/" title="Mine victims since the 2020 ceasefire" loading="lazy" width="100%" height="600" frameborder="0" referrerpolicy="strict-origin-when-cross-origin"></iframe>\n<script async src="https://example.org/embed.js"></script>',
    );
  });

  it("escapes a title with quotes or angle brackets so it cannot break out of the attribute", () => {
    const code = embedCode({ ...options, title: 'The "map" <script>' });
    expect(code).toContain('title="The &quot;map&quot; &lt;script&gt;"');
    expect(code.match(/<script/g)).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { drawnText } from "../../../src/lib/fonts/drawnText.ts";

const page = (css: string, body: string): string =>
  `<!doctype html><html lang="az"><head><style>${css}</style></head><body>${body}</body></html>`;

/** The characters drawn at `weight`, or at any weight. */
const text = (byWeight: Map<number, Set<number>>, weight?: number): string => {
  const codePoints =
    weight === undefined
      ? [...byWeight.values()].flatMap((s) => [...s])
      : [...(byWeight.get(weight) ?? [])];
  return String.fromCodePoint(...new Set(codePoints))
    .split("")
    .sort()
    .join("");
};

describe("drawnText(html)", () => {
  it("gives text the family of its nearest ancestor a rule sets one on", () => {
    const drawn = drawnText(
      page(
        "body{font-family:var(--font-serif)}.label{font:0.9rem var(--font-sans)}",
        "<p>ab</p><div class='label'><span>cd</span></div>",
      ),
    );
    expect(text(drawn.codePoints.serif)).toBe("ab");
    expect(text(drawn.codePoints.sans)).toBe("cd");
  });

  it("counts SVG <text> and spaces, and leaves out scripts, styles and line breaks", () => {
    const drawn = drawnText(
      page(
        "body{font-family:var(--font-sans)}",
        "<svg><text>ə 1\n</text></svg><script>var x='Q'</script><template>Z</template>",
      ),
    );
    expect(text(drawn.codePoints.sans)).toBe(" 1ə");
  });

  it("skips `font: inherit` to the parent and keeps code and form controls out of the web fonts", () => {
    const drawn = drawnText(
      page(
        "body{font-family:var(--font-serif)}button{font:inherit}",
        "<button>b</button><textarea>t</textarea><code>c</code>",
      ),
    );
    expect(text(drawn.codePoints.serif)).toBe("b");
    expect(drawn.codePoints.sans.size).toBe(0);
  });

  it("draws a mark's tooltip in the family of the .tooltip box, and content strings in both families", () => {
    const drawn = drawnText(
      page(
        "body{font-family:var(--font-serif)}.tooltip{font:1rem var(--font-sans)}.x::after{content:'→'}",
        "<p data-tip='Ş'>p</p>",
      ),
    );
    expect(text(drawn.codePoints.sans)).toBe("Ş→");
    expect(text(drawn.codePoints.serif)).toBe("p→");
  });

  it("gives text the weight of its rules, SVG attributes and the browser's defaults (headings bold, <strong> bolder)", () => {
    const drawn = drawnText(
      page(
        "body{font-family:var(--font-sans)}.semi{font-weight:600}.plain{font:0.9rem var(--font-sans)}",
        "<h2>a<span class='plain'>b</span></h2><p>c<strong>d</strong></p><p class='semi'>e<b>f</b></p>" +
          "<svg><text font-weight='700'>g</text><text class='semi' font-weight='700'>h</text></svg>",
      ),
    );
    expect(text(drawn.codePoints.sans, 400)).toBe("bc");
    expect(text(drawn.codePoints.sans, 600)).toBe("eh");
    expect(text(drawn.codePoints.sans, 700)).toBe("adg");
    expect(text(drawn.codePoints.sans, 900)).toBe("f");
  });

  it("draws the letters text-transform shows, and what the scripts fetch into a chart frame or a <details>", () => {
    const files: Record<string, string> = {
      "/w.svg": "<svg class='chart-svg'><text>w</text></svg>",
      "/t/": "<html><body><table class='data-table'><td>t</td></table></body></html>",
    };
    const drawn = drawnText(
      page(
        "body{font-family:var(--font-sans)}.k{text-transform:uppercase}",
        "<p class='k'>ıi</p><div data-wide='/w.svg'></div>" +
          "<details data-fetch='/t/' data-fetch-part='.data-table'></details>",
      ),
      (path) => files[path],
    );
    expect(text(drawn.codePoints.sans)).toBe("Itwİ");
  });

  it("records the languages each family's text is in", () => {
    const drawn = drawnText(
      page(
        "body{font-family:var(--font-sans)}p{font-family:var(--font-serif)}",
        "<a lang='ru'>я</a><p>x</p>",
      ),
    );
    expect([...drawn.languages.sans]).toEqual(["ru"]);
    expect([...drawn.languages.serif]).toEqual(["az"]);
  });

  it("ignores rules for print and reads the page's lang", () => {
    const drawn = drawnText(
      page(
        "body{font-family:var(--font-sans)}@media print{p{font-family:var(--font-serif)}}",
        "<p>x</p>",
      ),
    );
    expect(drawn.lang).toBe("az");
    expect(text(drawn.codePoints.sans)).toBe("x");
    expect(drawn.codePoints.serif.size).toBe(0);
  });
});

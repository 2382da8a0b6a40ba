import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// WCAG 2.x relative luminance and contrast ratio of two #rrggbb colours.
const luminance = (hex: string): number => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

/** The chart colour tokens of each theme block in src/styles/tokens.css. */
const css = readFileSync("src/styles/tokens.css", "utf8");
const themes = {
  light: css.slice(0, css.indexOf("@media")),
  dark: css.slice(css.indexOf(':root[data-theme="dark"]')),
};
const token = (block: string, name: string): string => {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, "i").exec(block);
  if (!match?.[1]) throw new Error(`--${name} is not a #rrggbb colour in this theme`);
  return match[1];
};

// Marks that carry data must stand out from the page by 3:1 (WCAG 1.4.11, non-text contrast); text by 4.5:1.
const dataColours = [
  "chart-killed",
  "chart-injured",
  "chart-reference",
  "chart-garabagh",
  "chart-east-zangazur",
];

describe("chart palette", () => {
  for (const [theme, block] of Object.entries(themes)) {
    const background = token(block, "chart-background");
    for (const name of dataColours) {
      it(`--${name} has at least 3:1 contrast with the ${theme} background`, () => {
        expect(contrast(token(block, name), background)).toBeGreaterThanOrEqual(3);
      });
    }
    it(`chart text (--chart-ink) has at least 4.5:1 contrast with the ${theme} background`, () => {
      expect(contrast(token(block, "chart-ink"), background)).toBeGreaterThanOrEqual(4.5);
    });
    const cleared = [1, 2, 3, 4, 5].map((step) => token(block, `chart-cleared-${String(step)}`));
    it(`the district map's classes move away from the ${theme} background as hectares grow`, () => {
      const contrasts = cleared.map((colour) => contrast(colour, background));
      for (let i = 1; i < contrasts.length; i++)
        expect(contrasts[i]).toBeGreaterThan(contrasts[i - 1] ?? Infinity);
    });
    it(`the district map's three upper classes have at least 3:1 contrast with the ${theme} background`, () => {
      // The two lightest classes rely on the districts' outlines (--chart-reference) for non-text contrast.
      for (const colour of cleared.slice(2))
        expect(contrast(colour, background)).toBeGreaterThanOrEqual(3);
    });
    it(`neighbouring classes of the district map differ in lightness (${theme})`, () => {
      for (let i = 1; i < cleared.length; i++)
        expect(contrast(cleared[i] ?? "", cleared[i - 1] ?? "")).toBeGreaterThanOrEqual(1.3);
    });
    it(`killed and injured sit on opposite sides of the blue–orange axis colour-blind readers still see (${theme})`, () => {
      const rgb = (hex: string) => [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
      const [kr, , kb] = rgb(token(block, "chart-killed")) as [number, number, number];
      const [ir, , ib] = rgb(token(block, "chart-injured")) as [number, number, number];
      expect(kr).toBeGreaterThan(kb);
      expect(ib).toBeGreaterThan(ir);
    });
  }
});

/** A family of the site's web fonts, as the pages' CSS names it and as the build subsets it. */
export interface WebFont {
  /** The name `--font-sans` / `--font-serif` in tokens.css ask for. */
  family: string;
  /** The custom property that selects it in the site's CSS. */
  token: string;
  /** The Fontsource stylesheet that lists the family's files and their unicode ranges (in node_modules). */
  fontsourceCss: string;
  /** The weights (`wght`) the pages draw it at, ascending; the build makes a static instance of each. */
  weights: readonly number[];
}

/** Which of the site's families a piece of text is drawn in. */
export type WebFontKey = "sans" | "serif";

/**
 * The site's two variable families. Weights measured in Chromium on every page (computed `font-weight` of every
 * text node): the sans at 400 (body, labels), 600 (chart and table headings) and 700 (headlines, the site
 * name); the serif at 400 (prose) and 700 (`<strong>` in prose). Nothing is drawn lighter or heavier.
 */
export const WEB_FONTS: Readonly<Record<WebFontKey, WebFont>> = {
  sans: {
    family: "Inter Variable",
    token: "--font-sans",
    fontsourceCss: "@fontsource-variable/inter/wght.css",
    weights: [400, 600, 700],
  },
  serif: {
    family: "Source Serif 4 Variable",
    token: "--font-serif",
    fontsourceCss: "@fontsource-variable/source-serif-4/wght.css",
    weights: [400, 700],
  },
};

/** The web font keys in a fixed order, so everything built from them comes out in the same order. */
export const WEB_FONT_KEYS: readonly WebFontKey[] = ["sans", "serif"];

/**
 * Chart colours as CSS variables with light-theme fallbacks, so one inline SVG follows the page's light or
 * dark theme (variables are set in src/styles/tokens.css) and a standalone SVG download still has colours.
 * The palette is colour-blind safe (Okabe–Ito blue and orange); every pair of series also differs by shape or dash.
 */
export const colors = {
  /** People killed; the primary series. */
  killed: "var(--chart-killed, #b5470b)",
  /** People injured. */
  injured: "var(--chart-injured, #1f5fa6)",
  /** A neutral reference: baselines, other sources, targets. */
  reference: "var(--chart-reference, #6b6b6b)",
  /** Highlighted area on maps (Garabagh). */
  garabagh: "var(--chart-garabagh, #b5470b)",
  /** Highlighted area on maps (East-Zangazur). */
  eastZangazur: "var(--chart-east-zangazur, #1f5fa6)",
  /** Fill of land without a figure. */
  land: "var(--chart-land, #ececec)",
  /** Lines between areas, and grid lines. */
  rule: "var(--chart-rule, #d4d4d4)",
  /** Page background, for halos behind labels. */
  background: "var(--chart-background, #ffffff)",
  /** Text. */
  ink: "var(--chart-ink, #1a1a1a)",
} as const;

/**
 * The district map's sequential scale, fewest hectares cleared first: yellow-green to dark green in the light
 * theme, dark to light green in the dark theme, so more land is always further from the page background.
 */
export const clearedScale = [
  "var(--chart-cleared-1, #d9f0a3)",
  "var(--chart-cleared-2, #9dd48a)",
  "var(--chart-cleared-3, #4a9f5b)",
  "var(--chart-cleared-4, #23783f)",
  "var(--chart-cleared-5, #0a4a2a)",
] as const;

/** Font size of chart text in each layout (CSS pixels at the drawing width; never under 12 px on screen). */
export const fontSize = { narrow: 14, wide: 14 } as const;

import { parseHTML } from "linkedom";
import { pageFontStyles, type FamilyRule, type FamilyValue } from "./familyRules.ts";
import { WEB_FONT_KEYS, type WebFontKey } from "./webFonts.ts";

/** The characters a built page draws in each of the site's web fonts (code points). */
export interface DrawnText {
  /** The page's `<html lang>`. */
  lang: string;
  codePoints: Record<WebFontKey, Set<number>>;
}

// The browser's own defaults that matter here: code and form controls are not in the page's body font.
const USER_AGENT_RULES: FamilyRule[] = [
  { selector: "pre, code, kbd, samp, tt, textarea", family: "other" },
  { selector: "button, input, select", family: "other" },
];

// Attributes whose text the client scripts put on screen: a figure's tooltip (data-tip) and a chart mark's
// (its accessible name), in the `.tooltip` box that src/scripts/tooltips.ts appends to the body; the copy
// button's status, inside the button.
const SHOWN_ATTRIBUTES: readonly { name: string; selector: string; shownIn: "tooltip" | "self" }[] =
  [
    { name: "data-tip", selector: "[data-tip]", shownIn: "tooltip" },
    { name: "aria-label", selector: ".chart-svg [aria-label]", shownIn: "tooltip" },
    { name: "data-copied", selector: "[data-copied]", shownIn: "self" },
  ];

const NOT_DRAWN = "script, style, template, title, noscript";

/** The last of `rules` whose selector matches the element (source order stands in for specificity). */
function lastMatch(element: Element, rules: readonly FamilyRule[]): FamilyValue | undefined {
  let found: FamilyValue | undefined;
  for (const rule of rules) {
    try {
      if (element.matches(rule.selector)) found = rule.family;
    } catch {
      // A selector the parser cannot test (:hover, ::before …) describes a passing state, not the text's face.
    }
  }
  return found;
}

/**
 * The characters a built page draws in the sans and in the serif: its text (SVG `<text>` included), the text its
 * scripts show from attributes (tooltips) and its `content` strings, each in the family the page's CSS gives it.
 * The family of an element is that of the nearest element, itself or an ancestor, that a rule gives one.
 */
export function drawnText(html: string): DrawnText {
  const { document } = parseHTML(html);
  const styles = pageFontStyles([...document.querySelectorAll("style")].map((s) => s.textContent));
  const authorRules = styles.familyRules.filter(
    (rule) => !/::?(before|after|marker)/.test(rule.selector),
  );
  const familyCache = new Map<Element, FamilyValue>();
  const familyOf = (element: Element | null): FamilyValue => {
    if (!element) return "other";
    const cached = familyCache.get(element);
    if (cached) return cached;
    const own = lastMatch(element, authorRules) ?? lastMatch(element, USER_AGENT_RULES);
    const family = own === undefined || own === "inherit" ? familyOf(element.parentElement) : own;
    familyCache.set(element, family);
    return family;
  };

  const codePoints: Record<WebFontKey, Set<number>> = { sans: new Set(), serif: new Set() };
  const add = (family: FamilyValue, text: string): void => {
    if (family !== "sans" && family !== "serif") return;
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      // Spaces are drawn too (a face without U+0020 gets them from a fallback font, with its width); line
      // breaks and tabs collapse into spaces.
      if (codePoint >= 0x20) codePoints[family].add(codePoint);
    }
  };
  const body = document.body;
  const walker = document.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(NOT_DRAWN)) continue;
    add(familyOf(parent), node.textContent ?? "");
  }
  const tooltip = document.createElement("div");
  tooltip.className = "tooltip";
  body.append(tooltip);
  for (const { name, selector, shownIn } of SHOWN_ATTRIBUTES) {
    for (const element of body.querySelectorAll(selector)) {
      add(familyOf(shownIn === "tooltip" ? tooltip : element), element.getAttribute(name) ?? "");
    }
  }
  for (const key of WEB_FONT_KEYS) add(key, styles.contentText);
  return { lang: document.documentElement.getAttribute("lang") ?? "", codePoints };
}

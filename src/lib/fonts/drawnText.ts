import { parseHTML } from "linkedom";
import {
  pageFontStyles,
  type FamilyRule,
  type FamilyValue,
  type WeightRule,
} from "./familyRules.ts";
import { computedWeight, fontWeightValue, type WeightValue } from "./fontWeight.ts";
import { WEB_FONT_KEYS, type WebFontKey } from "./webFonts.ts";

/** The characters a built page draws in each of the site's web fonts (code points). */
export interface DrawnText {
  /** The page's `<html lang>`. */
  lang: string;
  /** For each family, the code points drawn at each weight (CSS `font-weight`, 400 …). */
  codePoints: Record<WebFontKey, Map<number, Set<number>>>;
  /** For each family, the languages (`lang` of the nearest element that has one) its text is in. */
  languages: Record<WebFontKey, Set<string>>;
}

/** Every code point a page draws in one family, at any weight. */
export const drawnInFamily = (drawn: DrawnText, key: WebFontKey): Set<number> =>
  new Set([...drawn.codePoints[key].values()].flatMap((codePoints) => [...codePoints]));

// The browser's own defaults that matter here: code and form controls are not in the page's body font.
const USER_AGENT_RULES: FamilyRule[] = [
  { selector: "pre, code, kbd, samp, tt, textarea", family: "other" },
  { selector: "button, input, select", family: "other" },
];
// Chromium's html.css: headings and table headers bold, <strong> and <b> a step bolder; form controls' own
// font (`font: -webkit-small-control`) is normal.
const USER_AGENT_WEIGHTS: WeightRule[] = [
  { selector: "h1, h2, h3, h4, h5, h6, th, optgroup", weight: 700 },
  { selector: "b, strong", weight: "bolder" },
  { selector: "button, input, select, textarea", weight: 400 },
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
function lastMatch<T>(
  element: Element,
  rules: readonly { selector: string }[],
  value: (index: number) => T,
): T | undefined {
  let found: T | undefined;
  for (const [index, rule] of rules.entries()) {
    try {
      if (element.matches(rule.selector)) found = value(index);
    } catch {
      // A selector the parser cannot test (:hover, ::before …) describes a passing state, not the text's face.
    }
  }
  return found;
}

const family = (rules: readonly FamilyRule[]) => (index: number) => rules[index]?.family;
const weight = (rules: readonly WeightRule[]) => (index: number) => rules[index]?.weight;

// An SVG element's `font-weight` attribute and a `style` attribute's weight: the first loses to any author rule,
// the second beats them all.
const attributeWeight = (element: Element): WeightValue | undefined => {
  const attribute = element.getAttribute("font-weight");
  return attribute === null ? undefined : fontWeightValue(attribute);
};
const styleWeight = (element: Element): WeightValue | undefined => {
  const declared = /(?:^|;)\s*font-weight\s*:\s*([^;!]+)/.exec(element.getAttribute("style") ?? "");
  return declared?.[1] === undefined ? undefined : fontWeightValue(declared[1]);
};

/**
 * Puts in the page what its scripts fetch and show in place (src/scripts/wideLayouts.ts, detailsOnDemand.ts,
 * tooltips.ts): a chart's wide layout in its frame, a table page's part in its `<details>`, a figure's quotes in
 * its tooltip, where the page's styles set them.
 */
function withFetchedParts(document: Document, fetched: (path: string) => string | undefined): void {
  for (const frame of document.querySelectorAll("[data-wide]")) {
    const svg = fetched(frame.getAttribute("data-wide") ?? "");
    const wide = svg === undefined ? null : parseHTML(svg).document.querySelector("svg.chart-svg");
    if (wide) frame.insertAdjacentHTML("beforeend", wide.outerHTML);
  }
  for (const details of document.querySelectorAll("details[data-fetch][data-fetch-part]")) {
    const page = fetched(details.getAttribute("data-fetch") ?? "");
    const part =
      page === undefined
        ? null
        : parseHTML(page).document.querySelector(details.getAttribute("data-fetch-part") ?? "");
    if (part) details.insertAdjacentHTML("beforeend", part.outerHTML);
  }
  // A figure's tooltip shows its quotes from the edition's quotes.json (src/scripts/tooltips.ts).
  const quotesPath = document
    .querySelector('meta[name="evidence-quotes"]')
    ?.getAttribute("content");
  const quotesJson = quotesPath ? fetched(quotesPath) : undefined;
  if (quotesJson === undefined) return;
  const quotes = JSON.parse(quotesJson) as Record<string, string>;
  for (const figure of document.querySelectorAll("[data-evidence][data-tip]")) {
    const lines = (figure.getAttribute("data-evidence") ?? "")
      .split(" ")
      .flatMap((id) => quotes[id] ?? []);
    figure.setAttribute("data-tip", [figure.getAttribute("data-tip") ?? "", ...lines].join("\n"));
  }
}

/**
 * The characters a built page draws in the sans and in the serif: its text (SVG `<text>` included), the text its
 * scripts show from attributes (tooltips) or fetch (`fetched(path)`: the text of a same-origin file) and its
 * `content` strings, each in the family and weight the page's CSS gives it.
 * The family of an element is that of the nearest element, itself or an ancestor, that a rule gives one.
 */
export function drawnText(
  html: string,
  fetched: (path: string) => string | undefined = () => undefined,
): DrawnText {
  const { document } = parseHTML(html);
  withFetchedParts(document, fetched);
  const styles = pageFontStyles([...document.querySelectorAll("style")].map((s) => s.textContent));
  const onElements = <T extends { selector: string }>(rules: readonly T[]): T[] =>
    rules.filter((rule) => !/::?(before|after|marker)/.test(rule.selector));
  const familyRules = onElements(styles.familyRules);
  const weightRules = onElements(styles.weightRules);
  const familyCache = new Map<Element, FamilyValue>();
  const familyOf = (element: Element | null): FamilyValue => {
    if (!element) return "other";
    const cached = familyCache.get(element);
    if (cached) return cached;
    const own =
      lastMatch(element, familyRules, family(familyRules)) ??
      lastMatch(element, USER_AGENT_RULES, family(USER_AGENT_RULES));
    const found = own === undefined || own === "inherit" ? familyOf(element.parentElement) : own;
    familyCache.set(element, found);
    return found;
  };
  const weightCache = new Map<Element, number>();
  const weightOf = (element: Element | null): number => {
    if (!element) return 400;
    const cached = weightCache.get(element);
    if (cached) return cached;
    const own =
      styleWeight(element) ??
      lastMatch(element, weightRules, weight(weightRules)) ??
      attributeWeight(element) ??
      lastMatch(element, USER_AGENT_WEIGHTS, weight(USER_AGENT_WEIGHTS)) ??
      "inherit";
    const found = computedWeight(own, weightOf(element.parentElement));
    weightCache.set(element, found);
    return found;
  };

  const transformRules = onElements(styles.transformRules);
  const transformCache = new Map<Element, string>();
  const transformOf = (element: Element | null): string => {
    if (!element) return "none";
    const cached = transformCache.get(element);
    if (cached) return cached;
    const own = lastMatch(element, transformRules, (i) => transformRules[i]?.transform);
    const found = own === undefined || own === "inherit" ? transformOf(element.parentElement) : own;
    transformCache.set(element, found);
    return found;
  };

  const codePoints: Record<WebFontKey, Map<number, Set<number>>> = {
    sans: new Map(),
    serif: new Map(),
  };
  const languages: Record<WebFontKey, Set<string>> = { sans: new Set(), serif: new Set() };
  const pageLanguage = document.documentElement.getAttribute("lang") ?? "";
  const addAt = (family: WebFontKey, weight: number, language: string, text: string): void => {
    if (!/[^\t\n\r]/.test(text)) return;
    languages[family].add(language);
    let atWeight = codePoints[family].get(weight);
    if (!atWeight) codePoints[family].set(weight, (atWeight = new Set()));
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      // Spaces are drawn too (a face without U+0020 gets them from a fallback font, with its width); line
      // breaks and tabs collapse into spaces.
      if (codePoint >= 0x20) atWeight.add(codePoint);
    }
    if (atWeight.size === 0) codePoints[family].delete(weight);
  };
  const add = (element: Element, text: string): void => {
    const family = familyOf(element);
    if (family !== "sans" && family !== "serif") return;
    const language = element.closest("[lang]")?.getAttribute("lang") ?? pageLanguage;
    // The letters drawn are the transformed ones (an uppercase kicker draws "DATA STORY"); capitalize draws both.
    const transform = transformOf(element);
    const upper = text.toLocaleUpperCase(language || undefined);
    const lower = text.toLocaleLowerCase(language || undefined);
    const shown =
      transform === "uppercase"
        ? upper
        : transform === "lowercase"
          ? lower
          : transform === "capitalize"
            ? text + upper
            : text;
    addAt(family, weightOf(element), language, shown);
  };
  const body = document.body;
  const walker = document.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(NOT_DRAWN)) continue;
    add(parent, node.textContent ?? "");
  }
  const tooltip = document.createElement("div");
  tooltip.className = "tooltip";
  body.append(tooltip);
  for (const { name, selector, shownIn } of SHOWN_ATTRIBUTES) {
    for (const element of body.querySelectorAll(selector)) {
      // The tooltip box is appended to the body, so its text is in the page's language.
      add(shownIn === "tooltip" ? tooltip : element, element.getAttribute(name) ?? "");
    }
  }
  // Which element a `content` string lands on is not read here, so it counts at every weight a family is drawn
  // at (at 400 where the family draws nothing else).
  for (const key of WEB_FONT_KEYS) {
    const weights = codePoints[key].size === 0 ? [400] : [...codePoints[key].keys()];
    for (const at of weights) addAt(key, at, pageLanguage, styles.contentText);
  }
  return { lang: pageLanguage, codePoints, languages };
}

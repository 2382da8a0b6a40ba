import postcss from "postcss";
import { fontShorthandWeight, fontWeightValue, type WeightValue } from "./fontWeight.ts";
import { WEB_FONT_KEYS, WEB_FONTS, type WebFontKey } from "./webFonts.ts";

/** What a rule's `font-family` (or `font`) sets: one of the site's web fonts, another font, or `inherit`. */
export type FamilyValue = WebFontKey | "other" | "inherit";

/** A style rule that sets the font family, in source order. */
export interface FamilyRule {
  selector: string;
  family: FamilyValue;
}

/** A style rule that sets the font weight (`font-weight`, or `font`, which resets it), in source order. */
export interface WeightRule {
  selector: string;
  weight: WeightValue;
}

/** A style rule that sets `text-transform` (which changes the letters drawn: "uppercase" …), in source order. */
export interface TransformRule {
  selector: string;
  transform: string;
}

/** What the page's styles say about fonts: the rules that set a family, a weight or a case, and `content` text. */
export interface PageFontStyles {
  familyRules: FamilyRule[];
  weightRules: WeightRule[];
  transformRules: TransformRule[];
  /** Characters of every `content: "…"` string (::before, ::after); drawn in whichever family. */
  contentText: string;
}

function familyOf(value: string): FamilyValue {
  if (/^\s*inherit\s*$/.test(value) || /\binherit\s*$/.test(value)) return "inherit";
  for (const key of WEB_FONT_KEYS) {
    if (value.includes(`var(${WEB_FONTS[key].token})`)) return key;
    if (value.includes(WEB_FONTS[key].family)) return key;
  }
  return "other";
}

// Print styles never reach a screen, and an @font-face or @keyframes block holds no selectors.
const skipped = (node: postcss.Node | undefined): boolean => {
  for (let parent = node; parent; parent = parent.parent as postcss.Node | undefined) {
    if (parent instanceof postcss.AtRule) {
      if (parent.name === "media" && /^\s*print\s*$/.test(parent.params)) return true;
      if (/font-face|keyframes/.test(parent.name)) return true;
    }
  }
  return false;
};

/**
 * The rules of a page's style sheets that choose a font family or weight, and the text its `content` properties
 * draw.
 * Media queries other than print are all taken: a family that changes with the viewport counts at every width.
 */
export function pageFontStyles(styleSheets: readonly string[]): PageFontStyles {
  const familyRules: FamilyRule[] = [];
  const weightRules: WeightRule[] = [];
  const transformRules: TransformRule[] = [];
  let contentText = "";
  for (const css of styleSheets) {
    postcss.parse(css).walkDecls((decl) => {
      if (skipped(decl.parent)) return;
      if (decl.prop === "content") {
        for (const [, double, single] of decl.value.matchAll(
          /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g,
        )) {
          contentText += double ?? single ?? "";
        }
        return;
      }
      if (!["font-family", "font", "font-weight", "text-transform"].includes(decl.prop)) return;
      const rule = decl.parent;
      if (!(rule instanceof postcss.Rule)) return;
      if (decl.prop === "text-transform") {
        const transform = decl.value.trim().toLowerCase();
        for (const selector of rule.selectors) transformRules.push({ selector, transform });
        return;
      }
      if (decl.prop !== "font-weight") {
        const family = familyOf(decl.value);
        for (const selector of rule.selectors) familyRules.push({ selector, family });
      }
      if (decl.prop !== "font-family") {
        const weight =
          decl.prop === "font" ? fontShorthandWeight(decl.value) : fontWeightValue(decl.value);
        for (const selector of rule.selectors) weightRules.push({ selector, weight });
      }
    });
  }
  return { familyRules, weightRules, transformRules, contentText };
}

import type { QualifierWords } from "../../lib/qualifierWords.ts";

/**
 * How a source's qualifier is written with a number, everywhere (charts, tooltips, prose): "at least" stays
 * "at least", never "more than". "preliminary" qualifies the estimate, not the size of the number: it goes after
 * the number in charts and in the tooltip of a fact in prose, never before the number.
 */
export const qualifiers: QualifierWords = {
  before: {
    exact: "",
    about: "about",
    nearly: "nearly",
    "more-than": "more than",
    "at-least": "at least",
    "up-to": "up to",
    preliminary: "",
  },
  after: {
    exact: "",
    about: "",
    nearly: "",
    "more-than": "",
    "at-least": "",
    "up-to": "",
    preliminary: "preliminary",
  },
  remark: { preliminary: "A preliminary estimate." },
};

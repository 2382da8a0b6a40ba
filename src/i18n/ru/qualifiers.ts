import type { Strings } from "../en/index.ts";

/**
 * How a source's qualifier is written with a number, everywhere (charts, tooltips, prose): "at least" stays
 * "at least", never "more than". "preliminary" qualifies the estimate, not the size of the number: it goes after
 * the number in charts and in the tooltip of a fact in prose, never before the number.
 */
export const qualifiers: Strings["qualifiers"] = {
  before: {
    exact: "",
    about: "около",
    nearly: "почти",
    "more-than": "более",
    "at-least": "не менее",
    "up-to": "до",
    preliminary: "",
  },
  after: {
    exact: "",
    about: "",
    nearly: "",
    "more-than": "",
    "at-least": "",
    "up-to": "",
    preliminary: "(предварительно)",
  },
  remark: { preliminary: "Предварительная оценка." },
};

import type { Strings } from "../en/index.ts";
import { withAblative } from "./ablative.ts";

/**
 * How a source's qualifier is written with a number, everywhere (charts, tooltips, prose): "at least" stays
 * "at least", never "more than". "preliminary" qualifies the estimate, not the size of the number: it goes after
 * the number in charts and in the tooltip of a fact in prose, never before the number.
 *
 * Azerbaijani writes "more than N" as "N-dən çox" / "N-dan çox": an ablative ending after the number whose vowel
 * follows the last word of the number as read ("100.000-dən", "1,5 milyondan", "60-dan", "13 %-dən"); no phrase
 * before a number means "more than". `around` writes it so (see ablative.ts).
 */
export const qualifiers: Strings["qualifiers"] = {
  before: {
    exact: "",
    about: "təxminən",
    nearly: "az qala",
    "more-than": "",
    "at-least": "ən azı",
    "up-to": "ən çoxu",
    preliminary: "",
  },
  after: {
    exact: "",
    about: "",
    nearly: "",
    "more-than": "",
    "at-least": "",
    "up-to": "",
    preliminary: "ilkin",
  },
  remark: { preliminary: "İlkin qiymətləndirmə." },
  around: { "more-than": (number) => `${withAblative(number)} çox` },
};

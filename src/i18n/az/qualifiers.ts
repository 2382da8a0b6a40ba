import type { Strings } from "../en/index.ts";

/**
 * How a source's qualifier is written with a number, everywhere (charts, tooltips, prose): "at least" stays
 * "at least", never "more than". "preliminary" qualifies the estimate, not the size of the number: it goes after
 * the number in charts and in the tooltip of a fact in prose, never before the number.
 *
 * Azerbaijani writes "more than N" as "N-dən çox", a case ending whose vowel depends on how the number is read;
 * the shape only has words before the number, so "more than" is written with the sign ">" (read "çox").
 */
export const qualifiers: Strings["qualifiers"] = {
  before: {
    exact: "",
    about: "təxminən",
    nearly: "az qala",
    "more-than": ">",
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
};

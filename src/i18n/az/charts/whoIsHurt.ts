import type { Strings } from "../../en/index.ts";

/** Azerbaijani strings of the "who is hurt" chart. */
export const whoIsHurt: Strings["charts"]["whoIsHurt"] = {
  title: "Kimlər zərər çəkir",
  subtitle:
    "10 noyabr 2020-ci il atəşkəsindən bəri minalar nəticəsində həlak olan və yaralanan mülki şəxslər və hərbçilər: dörd rəqəmin hamısını verən ən son ümumi saya görə.",
  killed: "Həlak olub",
  injured: "Yaralanıb",
  civilians: "Mülki şəxslər",
  military: "Hərbçilər",
  /** A group heading with the source's own total, e.g. "Killed: 70". */
  groupTotal: (group: string, total: string) => `${group}: ${total}`,
  asOf: (date: string, body: string) => `${date} tarixinə, mənbə: ${body}`,
  tip: (who: string, outcome: string, value: string, date: string, body: string) =>
    `${who}, ${outcome.toLowerCase()}: ${value}\n10 noyabr 2020-ci ildən ${date} tarixinədək\nmənbə: ${body}`,
  alt: (date: string, body: string, kc: string, km: string, ic: string, im: string) =>
    `${body} məlumatına görə, 2020-ci ilin noyabrındakı atəşkəsdən ${date} tarixinədək minalar nəticəsində həlak olanlar: mülki şəxslər ${kc}, hərbçilər ${km}; yaralananlar: mülki şəxslər ${ic}, hərbçilər ${im}.`,
  noSplit:
    "Həm həlak olanları, həm də yaralananları mülki şəxslər və hərbçilər üzrə bölən ümumi say yoxdur.",
  notes: [
    "Yalnız mənbənin verdiyi bölgü göstərilir; sayt faiz payları hesablamır.",
    "Eyni bölgü ilə verilmiş, başqa tarixlərə və qurumlara aid əvvəlki ümumi saylar ümumi say məlumatlarındadır.",
  ],
  columns: {
    asOf: "Tarix",
    outcome: "Nəticə",
    group: "Qrup",
    people: "Nəfər",
    reportedBy: "Açıqlayan",
  },
};

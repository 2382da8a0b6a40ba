import type { Strings } from "../../en/index.ts";

/** Russian strings of the "who is hurt" chart. */
export const whoIsHurt: Strings["charts"]["whoIsHurt"] = {
  title: "Кто страдает",
  subtitle:
    "Мирные жители и военнослужащие, погибшие и раненые в результате подрыва на минах после прекращения огня 10 ноября 2020 года, по последнему нарастающему итогу, в котором приведены все четыре числа.",
  killed: "Погибли",
  injured: "Ранены",
  civilians: "Мирные жители",
  military: "Военнослужащие",
  /** A group heading with the source's own total, e.g. "Killed: 70". */
  groupTotal: (group: string, total: string) => `${group}: ${total}`,
  asOf: (date: string, body: string) => `На ${date}, по данным: ${body}`,
  tip: (who: string, outcome: string, value: string, date: string, body: string) =>
    `${who}, ${outcome.toLowerCase()}: ${value}\nС 10 ноября 2020 года, на ${date}\nпо данным: ${body}`,
  alt: (date: string, body: string, kc: string, km: string, ic: string, im: string) =>
    `На ${date}, по данным ${body}, после прекращения огня в ноябре 2020 года в результате подрыва на минах погибли: мирные жители — ${kc}, военнослужащие — ${km}; ранены: мирные жители — ${ic}, военнослужащие — ${im}.`,
  noSplit:
    "Нет нарастающего итога, в котором и погибшие, и раненые разделены на мирных жителей и военных.",
  notes: [
    "Показано только то разделение, которое приводит источник; сайт не рассчитывает доли.",
    "Более ранние нарастающие итоги с таким же разделением, на другие даты и от других организаций, есть в данных о нарастающих итогах.",
  ],
  columns: {
    asOf: "На дату",
    outcome: "Последствия",
    group: "Группа",
    people: "Человек",
    reportedBy: "Источник данных",
  },
};

import type { Strings } from "../../en/index.ts";

/** Russian strings of the timeline of events since the 2020 ceasefire. */
export const eventTimeline: Strings["charts"]["eventTimeline"] = {
  title: "От прекращения огня до наших дней: карты, заявления, конференции и законы",
  subtitle:
    "Датированные события, связанные с минами в Азербайджане, после прекращения огня 10 ноября 2020 года, по сообщениям организаций, указанных в каждой записи.",
  /** Names of the symbol groups in the key, in key order. */
  groups: {
    conflict: "Прекращение огня, конфликт",
    handover: "Передача карт минных полей",
    conference: "Конференция",
    law: "Закон, договор",
    claim: "Заявление, ответ",
    funding: "Финансирование, доклад",
  },
  /** Category names in the data table. */
  categories: {
    conflict: "Конфликт",
    ceasefire: "Прекращение огня",
    "map-handover": "Передача карт минных полей",
    claim: "Заявление",
    response: "Ответ",
    conference: "Конференция",
    law: "Закон",
    treaty: "Договор",
    funding: "Финансирование",
    report: "Доклад",
  },
  alt: (count: number, from: string, to: string, handovers: number) =>
    `Хронология событий с ${from} по ${to}: всего событий — ${String(count)}, в том числе передач карт минных полей — ${String(handovers)}.`,
  notes: [
    "На широких экранах названия показаны там, где они помещаются (в первую очередь прекращение огня, передача карт и законы); остальные события — значки в верхней части. У каждого значка есть всплывающая подсказка, а в таблице данных перечислены все события.",
    "События, известные с точностью до месяца, показаны на весь этот месяц.",
    "Заявления и ответы на них показаны рядом с указанием авторов; сайт не выносит суждений о том, кто прав.",
  ],
  columns: {
    date: "Дата",
    endDate: "До",
    category: "Категория",
    title: "Событие",
    description: "Описание",
    reportedBy: "Источник данных",
  },
};

import type { Strings } from "../../en/index.ts";

/** Russian strings of the "clearance progress and time left" chart. */
export const clearancePaceProgress: Strings["charts"]["clearancePaceProgress"] = {
  title: "Сколько разминировано и сколько времени займёт остальное",
  subtitle:
    "Территория, разминированная с ноября 2020 года (нарастающим итогом), по данным премьер-министра, в сравнении с последней официальной оценкой опасной территории. Пунктир — собственный расчёт сайта при нынешних темпах, а не официальный прогноз.",
  yLabel: "Гектаров очищено с ноября 2020 г.",
  estimate: (value: string) => `Опасная территория: ${value}`,
  estimateWho: (who: string, date: string) => `${who}, ${date}`,
  projection: (from: string, to: string, pace: string, year: string) =>
    `Расчёт сайта: при среднем темпе ${from}–${to} гг.\n(около ${pace} га в год) — завершение в ${year} г.`,
  projectionShort: (from: string, to: string, pace: string, year: string) =>
    `Расчёт сайта:\nсредний темп ${from}–${to},\n~${pace} га в год\n→ ${year}`,
  neverAtThisPace: "При нулевом темпе разминирование никогда не завершится",
  deadline: (year: string, what: string) => `${year} — ${what}`,
  deadlineWord: "срок",
  cumulativeTarget: "план",
  targetTip: (value: string, year: string) => `План: ${value} га очищено к концу ${year} года`,
  cumulativeTip: (date: string, value: string) => `${date}\nс ноября 2020 года очищено ${value} га`,
  projectionTip: (remaining: string, pace: string, years: string, year: string) =>
    `Расчёт сайта: осталось ${remaining} га ÷ ${pace} га в год = ${years} (число лет), то есть примерно до ${year} г.`,
  operators: (who: string) => `Учитываются: ${who}`,
  latest: (value: string) => value,
  /** What an end date is, by who stated it, where it is not an official deadline; the tooltips quote the statement. */
  shortNames: {
    "President of Azerbaijan (citing international experts)": "(оценка в 30 лет)",
  },
  alt: (cleared: string, date: string, estimate: string, who: string, projection: string) =>
    `К ${date} было разминировано ${cleared} га, тогда как опасная территория, по оценке ${who}, составляет ${estimate} га. ${projection}`,
  altProjection: (pace: string, from: string, to: string, year: string) =>
    `При среднем темпе ${from}–${to} гг., около ${pace} га в год, остальная территория была бы очищена примерно к ${year} году (расчёт сайта).`,
  notes: [
    "Прогноз (расчёт сайта): темп — среднее число гектаров, очищенных за последние три полных календарных года по годовым данным премьер-министра; оставшиеся годы = (последняя оценка опасной территории − последний нарастающий итог) ÷ темп, отсчёт — от даты этого итога. Предполагается, что темп не изменится, а оценка останется прежней; обследование может уменьшить оценку, а новые находки — увеличить её.",
    "Оценка (ANAMA) и нарастающий итог (премьер-министр) исходят от разных органов, причём итог сформулирован как «почти» указанная цифра; оба показаны так, как были заявлены.",
    "Бледные точки — нарастающие итоги других организаций, некоторые из которых учитывают только одного оператора (например, армейские подразделения или только ANAMA); это не второй ряд данных.",
    "Полые квадраты — официальные накопительные плановые показатели (гектары, очищенные к концу года). Вертикальные линии — заявленные сроки завершения: официальные сроки и оценка необходимого времени, которую президент приписал международным экспертам.",
  ],
  conversion:
    "Перевод заявленной площади в гектары, выполненный сайтом (1 км² = 100 га, точный перевод).",
  columns: {
    date: "На дату",
    kind: "Тип",
    hectares: "Гектары",
    qualifier: "Оговорка",
    operators: "Кто учитывается",
    reportedBy: "Источник данных",
    note: "Примечание",
  },
  kinds: {
    primary: "нарастающий итог (основной)",
    other: "нарастающий итог (другая организация)",
    estimate: "оценка опасной территории",
    target: "накопительный план",
    deadline: "срок завершения",
    projection: "расчёт сайта",
  },
};

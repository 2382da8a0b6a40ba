import type { Strings } from "../../en/index.ts";

/** Russian strings of the "casualties by year" chart. */
export const casualtiesByYear: Strings["charts"]["casualtiesByYear"] = {
  title: "Жертвы мин по годам",
  subtitle:
    "Погибшие и раненые в результате подрыва на минах и неразорвавшихся боеприпасах за каждый календарный год, по опубликованным данным. Контурные столбцы охватывают только часть года.",
  baselineGroup: "До войны 2020 года (Landmine Monitor)",
  postWarGroup: "После войны 2020 года (данные госорганов и НКО)",
  xLabel: "Погибшие или раненые, человек",
  total: "Всего",
  killed: "Погибли",
  injured: "Ранены",
  /** The label of a partial year, e.g. "Jan–Jul only". */
  partialOnly: (months: string) => `только ${months}`,
  noFullYear: "нет данных за полный год",
  noFigure: "нет данных",
  injuredOnly: (injured: string) => `ранены: ${injured}`,
  totalNotPublished: "итог не опубликован",
  siteSum: "сумма сайта",
  siteSumTip: "Всего: расчёт сайта (погибшие + раненые; источник приводит только слагаемые)",
  alsoReported: "Также за этот год сообщалось:",
  noRowTip: (year: string) => `${year}\nВ наших источниках нет данных за этот год`,
  altBaseline: (from: string, to: string, min: string, max: string) =>
    `До войны 2020 года в показанные годы по данным Landmine Monitor (${from}–${to}) число жертв составляло от ${min} до ${max} в год.`,
  altPartial: (years: string) => `За ${years} есть только данные за часть года.`,
  altFull: (list: string) => `Годовые итоги после войны: ${list}.`,
  altInjuredOnly: (year: string, injured: string) =>
    `За ${year} опубликовано только число раненых: ${injured}.`,
  altFullItem: (total: string, year: string) => `${year} — ${total}`,
  and: "и",
  notes: [
    "Если данные за один год приводят несколько организаций, график показывает одну строку по фиксированному правилу: полный год предпочтительнее части года, затем — самый длинный период, затем — первая строка в файле данных. Остальные значения — во всплывающей подсказке и в таблице.",
    "Контурные столбцы охватывают только часть года, и их нельзя сравнивать с полными годами. Годовых итогов за 2021 и 2022 годы не нашлось ни в одном источнике.",
    "До 2020 года это данные ANAMA и национальной кампании в изложении Landmine Monitor по территориям, тогда находившимся под контролем Азербайджана; после войны большинство подсчётов охватывает всю страну, включая территории, перешедшие под контроль Азербайджана (данные за часть 2024 года — только эти территории). Два ряда напрямую не сопоставимы.",
  ],
  columns: {
    year: "Год",
    periodStart: "С",
    periodEnd: "По",
    coverage: "Охват",
    series: "Ряд",
    total: "Всего",
    killed: "Погибли",
    injured: "Ранены",
    reportedBy: "Источник данных",
    shown: "Показано на графике",
    method: "Расчёт сайта",
  },
  yes: "да",
  no: "нет",
};

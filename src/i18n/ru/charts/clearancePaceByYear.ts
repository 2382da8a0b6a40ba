import type { Strings } from "../../en/index.ts";

/** Russian strings of the "land cleared per year" chart. */
export const clearancePaceByYear: Strings["charts"]["clearancePaceByYear"] = {
  title: "Разминированная за год территория и официальные плановые показатели",
  subtitle:
    "Гектары, очищенные от мин и неразорвавшихся боеприпасов на территориях, перешедших под контроль Азербайджана в 2020 году, по календарным годам, по данным отчётов премьер-министра парламенту (столбцы), и план на год (штрихи). Данные других организаций за тот же год — небольшие маркеры.",
  yLabel: "Гектаров в год",
  target: "план",
  partYear: "часть года",
  noTotal: "нет итога по всем операторам",
  noFigureYet: "данных пока нет",
  keyTitle: "Другие данные:",
  partYearKey: "полые: часть года",
  /** The key's words for the bodies whose figures are not the headline series (their shapes are the chart's). */
  markers: {
    ANAMA: "ANAMA",
    "Ministry of Defence": "Только армейские подразделения",
    "Mine Action Review": "Mine Action Review (узкий охват)",
  },
  otherMarker: "другая организация",
  hectares: (value: string) => `очищено, га: ${value}`,
  partial: (period: string) => `Только часть года: ${period}`,
  period: (start: string, end: string) => `с ${start} по ${end}`,
  targetTip: (year: string, value: string) => `План на ${year} год: ${value} га`,
  stated: (date: string) => `заявлено ${date}`,
  alt: (first: string, firstYear: string, last: string, lastYear: string, met: string) =>
    `По данным отчётов премьер-министра, площадь, разминированная за год, выросла с ${first} га в ${firstYear} году до ${last} га в ${lastYear} году. ${met}`,
  altTargets: (met: number, of: number) =>
    `Опубликованная цифра достигала годового плана или превышала его в ${String(met)} из ${String(of)} ${of % 10 === 1 && of % 100 !== 11 ? "года" : "лет"}, для которых был установлен план.`,
  notes: [
    "Столбцы — годовые данные премьер-министра по всем операторам. Маркеры — данные других организаций за тот же год: собственный подсчёт ANAMA, данные только инженерных подразделений армии и гораздо более узкие показатели Mine Action Review (только противопехотные минные поля или земли, где действительно были кассетные боеприпасы), пояснённые во всплывающих подсказках.",
    "Полые маркеры и контурные столбцы охватывают только часть года. За 2021 год ни одна организация не опубликовала данных по всем операторам; на текущий год есть план, но пока нет данных.",
    "Плановые показатели приведены так, как они были заявлены; некоторые сформулированы как «более» указанной цифры.",
  ],
  fullYear: "весь год",
  columns: {
    year: "Год",
    period: "Период",
    kind: "Тип",
    hectares: "Гектары",
    qualifier: "Оговорка",
    measures: "Что учитывается",
    reportedBy: "Источник данных",
    note: "Примечание",
  },
  kinds: { primary: "основной показатель", other: "другие данные", target: "план" },
};

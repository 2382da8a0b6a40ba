import type { Strings } from "../../en/index.ts";

/** Russian strings of the district map of Garabagh and East-Zangazur. */
export const districtMap: Strings["charts"]["districtMap"] = {
  title: "Территория, разминированная в 2025 году, по районам",
  subtitle:
    "Гектары, очищенные от мин и неразорвавшихся боеприпасов в 2025 году в каждом районе Карабахского и Восточно-Зангезурского экономических районов, по данным Кабинета министров. Более ранние данные — во всплывающих подсказках и в таблице.",
  regions: { garabagh: "Карабах", eastZangazur: "Восточный Зангезур" },
  /** Neighbouring countries by ISO 3166-1 alpha-3 code, as labelled on the map. */
  neighbours: {
    ARM: "Армения",
    GEO: "Грузия",
    IRN: "Иран",
    RUS: "Россия",
    TUR: "Турция",
  },
  nakhchivan: "Нахчыван (Азербайджан)",
  legendTitle: "Гектаров очищено в 2025 году",
  noFigureNote: "Нет данных за 2025 год",
  noFigure: "Нет опубликованных данных",
  /** The tooltip's headline line: the year's hectares, or that the source gives none. */
  clearedLine: (value: string, reportedBy: string) =>
    `Очищено в 2025 году: ${value} (по данным: ${reportedBy})`,
  noClearedLine: "Очищено в 2025 году: нет данных по этому району",
  otherFigures: "Другие данные",
  /** A period a fact covers: "1 January 2025 to 31 December 2025". */
  period: (from: string, to: string) => `с ${from} по ${to}`,
  /** The table's district cell for an area that is not a map district. */
  notOnMap: (name: string) => `${name} (не входит в районы карты; не показан)`,
  handovers: "Переданные карты минных полей",
  siteCalculation: "расчёт сайта",
  units: {
    mines: (value: string) => `мин: ${value}`,
    items: (value: string) => `предметов: ${value}`,
    ha: (value: string) => `${value} га`,
    percent: (value: string) => value,
    people: (value: string) => `${value} чел.`,
  },
  alt: (parts: {
    withFigure: number;
    total: number;
    most: string;
    least: string;
    without: string;
    notDrawn: string;
  }) =>
    `Карта территории, разминированной в 2025 году в районах Карабахского и Восточно-Зангезурского экономических районов Азербайджана, по данным Кабинета министров. Данные за 2025 год есть по ${String(parts.withFigure)} из ${String(parts.total)} районов: от ${parts.most} до ${parts.least}.` +
    (parts.without ? ` Нет данных за 2025 год: ${parts.without}.` : "") +
    (parts.notDrawn ? ` В отчёте также указаны ${parts.notDrawn}; на карте они не показаны.` : ""),
  /** "Jabrayil (9,110.4 ha)" in the alt text. */
  altPlace: (name: string, value: string) => `${name} (${value})`,
  notes: [
    "Только уровень районов: карта не показывает, где находятся мины или опасные участки.",
    "В отчёте отдельно указаны Агдере (Ağdərə) и «другие районы». Агдере не входит в 14 районов карты, а в отчёте не сказано, где находится разминированная там территория; «другие районы» не названы. Ни те, ни другие не отнесены ни к одному району и не показаны на карте: их данные приведены в таблице.",
    "У Агджабеди и Барды в отчёте нет собственных данных; они могут входить, а могут и не входить в «другие районы».",
    "Более ранние данные во всплывающих подсказках и в таблице — разрозненные сообщения разных организаций на разные даты и с разным охватом; их нельзя сравнивать между районами или суммировать.",
  ],
  columns: {
    district: "Район",
    region: "Экономический район",
    metric: "Показатель",
    value: "Значение",
    unit: "Единица",
    qualifier: "Оговорка",
    periodStart: "Период с",
    asOf: "На дату",
    reportedBy: "Источник данных",
    mapHandovers: "Переданные карты минных полей",
  },
};

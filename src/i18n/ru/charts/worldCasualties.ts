import type { Strings } from "../../en/index.ts";

/** Russian strings of the "world" chart. */
export const worldCasualties: Strings["charts"]["worldCasualties"] = {
  title: "Жертвы мин в Азербайджане и в мире",
  subtitle:
    "Погибшие и раненые в результате подрыва на минах и взрывоопасных пережитках войны во всём мире за каждый год по данным Landmine Monitor; годовые данные Азербайджана показаны в том же масштабе.",
  world: "Мир",
  azerbaijan: "Азербайджан",
  noWorldFigure: (years: string) => `${years}: нет в наших источниках`,
  noAzerbaijanFigure: "Азербайджан: нет годовой цифры",
  azerbaijanValue: (value: string) => `Азербайджан: ${value}`,
  worldTip: (year: string, value: string, edition: string) =>
    `${year}\nМир: погибшие или раненые — ${value}\nпо данным Landmine Monitor (${edition})`,
  worldSplit: (killed: string, injured: string) => `Погибли: ${killed} · Ранены: ${injured}`,
  worldKilled: (killed: string) => `Погибли: ${killed}`,
  worldUnknown: (people: string) => `Статус неизвестен (погибли или ранены): ${people}`,
  azerbaijanTip: (year: string, value: string, body: string) =>
    `${year}\nАзербайджан: погибшие или раненые — ${value}\nпо данным: ${body}\nНациональный подсчёт, а не собственные данные Landmine Monitor по Азербайджану`,
  alsoReported: "Также сообщалось:",
  gapTip: (years: string) => `${years}\nДанных Landmine Monitor за эти годы нет в наших источниках`,
  yearValue: (value: string, year: string) => `${value} в ${year} г.`,
  alt: (
    from: string,
    to: string,
    min: string,
    minYear: string,
    max: string,
    maxYear: string,
    aze: string,
  ) =>
    `В показанные годы с ${from} по ${to} Landmine Monitor регистрировал в мире от ${min} (${minYear}) до ${max} (${maxYear}) жертв мин и ВПВ в год. Годовые данные Азербайджана (${aze}) в том же масштабе — едва заметная полоска.`,
  notes: [
    "Данные по Азербайджану — национальные подсчёты азербайджанских организаций (а за 2013 год — подсчёт ANAMA в изложении Landmine Monitor), а не собственные данные Landmine Monitor по Азербайджану, которые мы не получили; охват и правила подсчёта различаются, поэтому они показаны для сравнения масштаба, а не как доля мирового итога.",
    "По Азербайджану показаны только полные календарные годы; данных за полный 2021 или 2022 год нет.",
    "По данным Landmine Monitor, ни Азербайджан, ни Армения не присоединились к Конвенции о запрещении противопехотных мин (Оттавской конвенции).",
  ],
  columns: {
    year: "Год",
    place: "Где",
    total: "Погибли или ранены",
    killed: "Погибли",
    injured: "Ранены",
    unknownStatus: "Статус неизвестен",
    reportedBy: "Источник данных",
    edition: "Выпуск",
  },
};

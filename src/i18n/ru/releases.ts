import type { Strings } from "../en/index.ts";

/** Strings of releases: the pinned (dated) versions of charts, the embed options and the updates feed. */
export const releases: Strings["releases"] = {
  /** The note on a pinned page: "Data as of <date>." then a link to the live page. */
  dataAsOf: (date: string) => `Данные на ${date}${date.endsWith(".") ? "" : "."}`,
  seeLatest: "Смотреть актуальную версию",
  embed: {
    live: "Обновляется вместе с данными",
    liveHint: "График всегда показывает самые свежие данные на момент открытия страницы.",
    pinned: (date: string) => `Только эта версия (${date})`,
    pinnedHint:
      "График остаётся точно таким, каким был на эту дату, вместе с файлами данных, даже после обновления данных; примечание отсылает читателя к актуальной версии.",
    pinnedPreview: "Открыть эту версию отдельно",
    pinnedCodeLabel: (date: string) => `Код для встраивания версии от ${date}`,
    pinnedOembed: "CMS с поддержкой oEmbed встраивают эту версию по адресу её страницы:",
  },
  cite: {
    thisVersion: "Эта версия",
  },
  feed: {
    title: "Мины Азербайджана: обновления и исправления",
    description:
      "Все выпуски данных и графиков и все исправления материала, начиная с последних, с указанием затронутых разделов и графиков.",
    link: "Лента обновлений (RSS)",
    releaseTitle: (date: string) => `Выпуск от ${date}`,
    datasets: "Наборы данных",
    charts: "Затронутые графики",
    sections: "Затронутые разделы",
    pinned: "Зафиксированные версии всех графиков",
  },
};

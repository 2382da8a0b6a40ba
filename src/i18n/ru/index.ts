import type { Strings } from "../en/index.ts";
import { charts } from "./charts/index.ts";
import { sections } from "./sections.ts";
import { datasets } from "./datasets.ts";
import { share } from "./share.ts";
import { glossary } from "./glossary.ts";
import { methodology } from "./methodology.ts";
import { embedding } from "./embedding.ts";
import { releases } from "./releases.ts";
import { qualifiers } from "./qualifiers.ts";
import { calculations } from "./calculations.ts";

/** Every UI string, chart label and note of the Russian edition, in the shape of the English one. */
export const ru: Strings = {
  locale: "ru",
  lang: "ru",
  qualifiers,
  calculations,
  site: {
    name: "Мины Азербайджана",
    title: "Земля, которая всё ещё убивает: проблема мин в Азербайджане в цифрах",
    description:
      "Сколько земли в Карабахе и Восточном Зангезуре загрязнено минами и неразорвавшимися боеприпасами, кто гибнет и получает ранения, как быстро идёт разминирование и кто за него платит. У каждой цифры указан источник.",
    publisher: "Проект данных о минах в Азербайджане",
    cardAlt: "Земля, которая всё ещё убивает: проблема мин в Азербайджане в цифрах",
  },
  pages: {
    corrections: {
      title: "Исправления и история изменений",
      description: "Что и когда изменилось в данных или тексте материала.",
      intro:
        "Мы исправляем ошибки открыто. Здесь перечислены все изменения данных и текста материала, начиная с последних; полная история наборов данных хранится в репозитории проекта.",
      kinds: {
        launch: "Публикация",
        update: "Обновление",
        correction: "Исправление",
        release: "Выпуск",
      },
      datasets: "Наборы данных",
    },
    sources: {
      title: "Источники и методология",
      description:
        "Все источники, на которые ссылается сайт, тип организаций, которые их опубликовали, как выбирались цифры при расхождении источников и как сайт проводит собственные расчёты.",
      sourcesHeading: "Все источники",
      sourcesIntro: (count: string) =>
        `Число публикаций, на которые ссылается сайт, — ${count}. Они сгруппированы по типу опубликовавшей их организации.`,
      kinds: {
        "official-body": "Государственные органы",
        "national-ngo": "Национальные НКО",
        "independent-monitor": "Независимые мониторинговые организации",
        "international-organisation": "Международные организации",
        media: "СМИ",
      },
    },
    evidence: {
      title: "Цитаты из источников",
      description:
        "Слова каждого источника, на которых основаны цифры сайта: каждая цитата дословно на языке оригинала, при необходимости с переводом, с указанием издателя, даты и ссылкой на оригинал.",
      intro: (count: string) =>
        `Каждая цифра на этом сайте опирается на одну из этих цитат (всего их ${count}). Они скопированы из источников дословно, а при сборке сайта автоматически сверяются с цифрами, которые подтверждают. У каждой цитаты своя ссылка-якорь: на неё ведут цифры в тексте материала. Те же записи опубликованы в формате JSON по адресу /evidence.json.`,
      translation: "Наш перевод",
    },
    glossary: {
      title: "Географические названия",
      description:
        "Официальные названия населённых пунктов и районов Карабаха и Восточного Зангезура, используемые на сайте, и варианты, которые читатель встретит в других источниках.",
      intro:
        "На сайте используются официальные азербайджанские названия в принятой в Азербайджане русской передаче. В других изданиях, на картах и в источниках встречаются иные написания и названия; наиболее распространённые приведены здесь.",
      columns: {
        name: "Название на сайте",
        nameAz: "По-азербайджански",
        alternatives: "Другие названия и написания",
      },
    },
    notFound: {
      title: "Страница не найдена",
      description: "Такой страницы нет.",
      text: "По этому адресу ничего нет. Материал и его графики начинаются на главной странице.",
      home: "Перейти к материалу",
    },
  },
  story: {
    kicker: "Журналистика данных",
    dek: "Через шесть лет после прекращения огня 2020 года мины и неразорвавшиеся боеприпасы по-прежнему убивают и калечат людей в Карабахе и Восточном Зангезуре. Что говорят официальные цифры, в чём они расходятся и чего не опубликовал никто.",
    byline: "Проект данных о минах в Азербайджане",
  },
  ui: {
    /** The word after a figure shown in millions in prose ("1.5 million"). */
    million: "млн",
    skipToContent: "Перейти к содержанию",
    languages: "Язык",
    contents: "Содержание",
    theme: "Тема",
    themeLight: "Светлая",
    themeDark: "Тёмная",
    themeSystem: "Как в системе",
    source: "Источник",
    sources: "Источники",
    publicationCount: (count: string, n: number) => {
      const form = new Intl.PluralRules("ru").select(n);
      return `${count} ${form === "one" ? "публикация" : form === "few" ? "публикации" : "публикаций"}`;
    },
    notes: "Примечания",
    dataTable: "Таблица данных",
    openDataTable: "Открыть таблицу данных",
    openSources: "Открыть список источников",
    showData: "Показать данные",
    download: "Скачать",
    chartPage: "Страница графика",
    embed: "Встроить",
    cite: "Цитировать",
    copyLink: "Скопировать ссылку",
    linkToSection: "Ссылка на этот раздел",
    linkCopied: "Ссылка скопирована",
    share: "Поделиться",
    noPublicFigure: "Нет опубликованных данных",
    undated: "без даты",
    evidenceLink: "слова источника",
    siteCalculation: "Расчёт сайта",
    lastUpdated: "Последнее обновление",
    /** Beside "Last updated": the date of the most recent figure in the data. */
    newestFigure: "самые свежие данные от",
    /** Under every chart: how recent its figures are (a date, or a year for data counted by year). */
    dataAsOf: (date: string) => `Данные на ${date}${date.endsWith(".") ? "" : "."}`,
    dataUpTo: (year: string) => `Данные по ${year} год включительно.`,
    backToStory: "Вернуться к материалу",
    madeWithNaturalEarth:
      "Карта построена по данным Natural Earth. Границы приблизительные (масштаб 1:10 000 000).",
    according: "по данным",
    sourcesAndMethods: "Источники и методология",
    corrections: "Исправления и история изменений",
    glossary: "Географические названия",
    data: "Данные и загрузки",
    charts: "Все графики",
    aboutThisStory: "Об этом материале",
    licence:
      "Наши тексты, данные и графики публикуются по лицензии CC BY 4.0; на материалы источников распространяются их собственные условия.",
  },
  charts,
  sections,
  datasets,
  share,
  glossary,
  methodology,
  embedding,
  releases,
};

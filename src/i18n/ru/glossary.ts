import type { Strings } from "../en/index.ts";

/** Place names used on the site (official Azerbaijani names in their Russian form) and the alternatives readers meet elsewhere. */
export const glossary: Strings["glossary"] = [
  {
    name: "Карабах",
    nameAz: "Qarabağ",
    alternatives:
      "Нагорный Карабах (для бывшей автономной области), Арцах (армянское употребление)",
    note: "На этом сайте — Карабахский экономический район, созданный реформой экономических районов Азербайджана 2021 года.",
  },
  {
    name: "Восточный Зангезур",
    nameAz: "Şərqi Zəngəzur",
    alternatives: "Восточно-Зангезурский экономический район",
    note: "Экономический район, созданный в 2021 году из Джебраильского, Кельбаджарского, Губадлинского, Лачинского и Зангиланского районов.",
  },
  {
    name: "Ханкенди",
    nameAz: "Xankəndi",
    alternatives: "Степанакерт (армянское употребление)",
    note: "Город со статусом района, расположенный в Ходжалинском районе.",
  },
  { name: "Шуша", nameAz: "Şuşa", alternatives: "Шуши (армянское употребление)", note: "" },
  {
    name: "Ходжалы",
    nameAz: "Xocalı",
    alternatives:
      "Ходжалу; Аскеран (армянское употребление, для района); Иванян (армянское употребление, для посёлка)",
    note: "",
  },
  {
    name: "Ходжавенд",
    nameAz: "Xocavənd",
    alternatives: "Мартуни (армянское употребление)",
    note: "",
  },
  { name: "Агдам", nameAz: "Ağdam", alternatives: "Акна (армянское употребление)", note: "" },
  {
    name: "Агдере",
    nameAz: "Ağdərə",
    alternatives: "Мардакерт, Мартакерт (армянское употребление)",
    note: "Не входит в число районов на карте сайта; в некоторых официальных отчётах это название всё ещё используется.",
  },
  { name: "Физули", nameAz: "Füzuli", alternatives: "Варанда (армянское употребление)", note: "" },
  {
    name: "Джебраил",
    nameAz: "Cəbrayıl",
    alternatives: "Джабраил, Джракан (армянское употребление)",
    note: "",
  },
  {
    name: "Зангилан",
    nameAz: "Zəngilan",
    alternatives: "Зангелан, Ковсакан (армянское употребление)",
    note: "",
  },
  {
    name: "Губадлы",
    nameAz: "Qubadlı",
    alternatives: "Кубатлы, Кашуник (армянское употребление)",
    note: "",
  },
  { name: "Лачин", nameAz: "Laçın", alternatives: "Бердзор (армянское употребление)", note: "" },
  {
    name: "Кельбаджар",
    nameAz: "Kəlbəcər",
    alternatives: "Кельбаджары, Карвачар (армянское употребление)",
    note: "",
  },
  { name: "Тертер", nameAz: "Tərtər", alternatives: "Тэртэр", note: "" },
  { name: "Агджабеди", nameAz: "Ağcabədi", alternatives: "Агджабади", note: "" },
  {
    name: "Барда",
    nameAz: "Bərdə",
    alternatives: "Партав (историческое армянское название)",
    note: "",
  },
  {
    name: "Газах",
    nameAz: "Qazax",
    alternatives: "Казах",
    note: "Район на границе с Арменией, за пределами Карабахского и Восточно-Зангезурского экономических районов.",
  },
  {
    name: "Муровдаг",
    nameAz: "Murovdağ",
    alternatives: "Муров-Даг, Мрав (армянское употребление)",
    note: "Горный хребет вдоль северной границы Кельбаджарского района.",
  },
];

import type { Strings } from "../../en/index.ts";

/** Azerbaijani strings of the timeline of events since the 2020 ceasefire. */
export const eventTimeline: Strings["charts"]["eventTimeline"] = {
  title: "Atəşkəsdən bu günədək: xəritələr, iddialar, konfranslar və qanunlar",
  subtitle:
    "10 noyabr 2020-ci il atəşkəsindən bəri Azərbaycanda minalarla bağlı tarixi bəlli hadisələr, hər qeyddə adı çəkilən qurumların açıqladığı kimi.",
  /** Names of the symbol groups in the key, in key order. */
  groups: {
    conflict: "Atəşkəs, münaqişə",
    handover: "Mina xəritələrinin təhvili",
    conference: "Konfrans",
    law: "Qanun, müqavilə",
    claim: "İddia, cavab",
    funding: "Maliyyə, hesabat",
  },
  /** Category names in the data table. */
  categories: {
    conflict: "Münaqişə",
    ceasefire: "Atəşkəs",
    "map-handover": "Mina xəritələrinin təhvili",
    claim: "İddia",
    response: "Cavab",
    conference: "Konfrans",
    law: "Qanun",
    treaty: "Müqavilə",
    funding: "Maliyyə",
    report: "Hesabat",
  },
  alt: (count: number, from: string, to: string, handovers: number) =>
    `${from} – ${to} dövrünün xronologiyası: cəmi ${String(count)} hadisə, o cümlədən mina xəritələrinin ${String(handovers)} təhvili.`,
  notes: [
    "Geniş ekranlarda başlıqlar yerləşdiyi yerdə göstərilir (əvvəlcə atəşkəs, xəritələrin təhvili və qanunlar); digər hadisələr yuxarıdakı işarələrdir. Hər işarənin izahı var, məlumat cədvəlində isə bütün hadisələr verilir.",
    "Yalnız ayı bəlli olan hadisələr həmin ay boyunca çəkilir.",
    "İddialar və cavablar kimin irəli sürdüyü ilə yanaşı göstərilir; sayt onlar arasında hakimlik etmir.",
  ],
  columns: {
    date: "Tarix",
    endDate: "Bitmə tarixi",
    category: "Kateqoriya",
    title: "Hadisə",
    description: "Təsvir",
    reportedBy: "Açıqlayan",
  },
};

import type { Strings } from "../en/index.ts";

/** Strings of releases: the pinned (dated) versions of charts, the embed options and the updates feed. */
export const releases: Strings["releases"] = {
  /** The note on a pinned page: "Data as of <date>." then a link to the live page. */
  dataAsOf: (date: string) => `Məlumatlar ${date} tarixinə olan vəziyyəti əks etdirir.`,
  seeLatest: "Ən son versiyaya baxın",
  embed: {
    live: "Məlumatlarla birlikdə yenilənir",
    liveHint: "Səhifə hər dəfə açılanda qrafik ən yeni məlumatları göstərir.",
    pinned: (date: string) => `Yalnız bu versiya (${date})`,
    pinnedHint:
      "Məlumatlar yeniləndikdən sonra da qrafik və onun yüklənən məlumatları həmin tarixdəki kimi qalır; qeyddəki keçid oxucuları ən son versiyaya yönləndirir.",
    pinnedPreview: "Bu versiyanı ayrıca açın",
    pinnedCodeLabel: (date: string) => `${date} tarixli versiyanın yerləşdirmə kodu`,
    pinnedOembed:
      "oEmbed dəstəkləyən CMS-lər bu versiyanı onun səhifəsinin ünvanından yerləşdirir:",
  },
  cite: {
    thisVersion: "Bu versiya",
  },
  feed: {
    title: "Azərbaycanın minaları: yeniləmələr və düzəlişlər",
    description:
      "Məlumatların və qrafiklərin hər buraxılışı və hekayəyə edilən hər düzəliş, ən yenisi birinci olmaqla, hər birinin aid olduğu bölmələr və qrafiklərlə.",
    link: "Yeniləmələr lenti (RSS)",
    releaseTitle: (date: string) => `${date} tarixli buraxılış`,
    datasets: "Məlumat topluları",
    charts: "Dəyişən qrafiklər",
    sections: "Dəyişən bölmələr",
    pinned: "Bütün qrafiklərin sabitlənmiş versiyaları",
  },
};

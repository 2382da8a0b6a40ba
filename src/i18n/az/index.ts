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

/** Every UI string, chart label and note of the Azerbaijani edition, in the shape of the English edition. */
export const az: Strings = {
  locale: "az",
  lang: "az",
  qualifiers,
  calculations,
  site: {
    name: "Azərbaycanın minaları",
    title: "Hələ də öldürən torpaq: Azərbaycanın mina problemi rəqəmlərlə",
    description:
      "Qarabağda və Şərqi Zəngəzurda nə qədər ərazi mina və partlamamış hərbi sursatla çirklənib, kimlər həlak olur və yaralanır, minatəmizləmə hansı sürətlə gedir və xərci kim ödəyir. Hər rəqəmin mənbəyi göstərilir.",
    publisher: "Azərbaycan Minaları Məlumat Layihəsi",
    cardAlt: "Hələ də öldürən torpaq: Azərbaycanın mina problemi rəqəmlərlə",
  },
  pages: {
    corrections: {
      title: "Düzəlişlər və dəyişikliklər",
      description: "Hekayənin məlumatlarında və mətnində nə vaxt nəyin dəyişdiyi.",
      intro:
        "Səhvləri açıq şəkildə düzəldirik. Hekayənin məlumatlarında və mətnində edilən hər dəyişiklik burada, ən yenisi birinci olmaqla, göstərilir. Məlumat toplularının bütün tarixçəsi layihənin repozitoriyasında saxlanılır.",
      kinds: {
        launch: "İşə salınma",
        update: "Yeniləmə",
        correction: "Düzəliş",
        release: "Buraxılış",
      },
      datasets: "Məlumat topluları",
    },
    sources: {
      title: "Mənbələr və metodologiya",
      description:
        "Saytın istinad etdiyi bütün mənbələr, onları dərc edən qurumların növü, mənbələr fərqli rəqəm verəndə rəqəmlərin necə seçildiyi və saytın öz hesablamalarının necə aparıldığı.",
      sourcesHeading: "Bütün mənbələr",
      sourcesIntro: (count: string) =>
        `Sayt ${count} nəşrə istinad edir. Onlar burada dərc edən qurumun növünə görə qruplaşdırılıb.`,
      kinds: {
        "official-body": "Rəsmi qurumlar",
        "national-ngo": "Yerli QHT-lər",
        "independent-monitor": "Müstəqil monitorinq qurumları",
        "international-organisation": "Beynəlxalq təşkilatlar",
        media: "Media",
      },
    },
    evidence: {
      title: "Sübutlar",
      description:
        "Saytdakı rəqəmlərin arxasında duran bütün mənbələrin sözləri: hər sitat öz dilində, sözbəsöz, lazım olduqda ingiliscə tərcüməsi, dərc edəni, tarixi və orijinala keçid ilə.",
      intro: (count: string) =>
        `Bu saytdakı hər rəqəm bu ${count} sitatdan birinə əsaslanır. Sitatlar mənbədən sözbəsöz köçürülüb və sayt qurularkən dəstəklədikləri rəqəmlə yoxlanılır. Hər sitatın öz lövbəri var: hekayədəki rəqəmlər buraya keçid verir. Eyni qeydlər JSON formatında /evidence.json ünvanında dərc olunub.`,
      translation: "Bizim tərcüməmiz",
    },
    glossary: {
      title: "Yer adları",
      description:
        "Bu saytda işlədilən Qarabağ və Şərqi Zəngəzur yer adlarının rəsmi formaları və oxucuların başqa yerlərdə rastlaşacağı variantlar.",
      intro:
        "Bu sayt yer adlarının rəsmi Azərbaycan dilindəki formalarını işlədir. Başqa nəşrlər, xəritələr və mənbələr fərqli yazılışlardan və adlardan istifadə edir. Onların geniş yayılanları burada verilib.",
      columns: {
        name: "Saytdakı ad",
        nameAz: "Azərbaycanca",
        alternatives: "Başqa adlar və yazılışlar",
      },
    },
    notFound: {
      title: "Səhifə tapılmadı",
      description: "Belə səhifə yoxdur.",
      text: "Bu ünvanda səhifə yoxdur. Hekayə və onun qrafikləri əsas səhifədən başlayır.",
      home: "Hekayəyə keçin",
    },
  },
  story: {
    kicker: "Məlumat hekayəsi",
    dek: "2020-ci il atəşkəsindən altı il sonra Qarabağda və Şərqi Zəngəzurda minalar və partlamamış hərbi sursat hələ də insanları öldürür və şikəst edir. Rəsmi rəqəmlər nə deyir, harada bir-birindən fərqlənir və hələ heç kimin dərc etmədiyi nədir.",
    byline: "Müəllif: Azərbaycan Minaları Məlumat Layihəsi",
  },
  ui: {
    /** The word after a figure shown in millions in prose ("1.5 million"). */
    million: "milyon",
    skipToContent: "Məzmuna keçin",
    languages: "Dil",
    contents: "Mündəricat",
    theme: "Görünüş",
    themeLight: "Açıq",
    themeDark: "Tünd",
    themeSystem: "Sistem",
    source: "Mənbə",
    sources: "Mənbələr",
    publicationCount: (count: string) => `${count} nəşr`,
    notes: "Qeydlər",
    dataTable: "Məlumat cədvəli",
    openDataTable: "Məlumat cədvəlini açın",
    openSources: "Mənbələrin siyahısını açın",
    showData: "Məlumatları göstər",
    download: "Yüklə",
    chartPage: "Qrafikin səhifəsi",
    embed: "Yerləşdir",
    cite: "İstinad et",
    copyLink: "Keçidi kopyala",
    linkToSection: "Bu bölməyə keçid",
    linkCopied: "Keçid kopyalandı",
    share: "Paylaş",
    noPublicFigure: "Açıq rəqəm yoxdur",
    undated: "tarixsiz",
    evidenceLink: "mənbənin sözləri",
    siteCalculation: "Saytın öz hesablaması",
    lastUpdated: "Son yeniləmə",
    /** Beside "Last updated": the date of the most recent figure in the data. */
    newestFigure: "ən yeni rəqəmin tarixi",
    /** Under every chart: how recent its figures are (a date, or a year for data counted by year). */
    dataAsOf: (date: string) => `Məlumatlar ${date} tarixinə olan vəziyyəti əks etdirir.`,
    dataUpTo: (year: string) => `Məlumatların əhatə etdiyi son il: ${year}.`,
    backToStory: "Hekayəyə qayıt",
    madeWithNaturalEarth:
      "Natural Earth məlumatları əsasında hazırlanıb. Sərhədlər təxminidir (1:10 milyon).",
    according: "Açıqlayan:",
    sourcesAndMethods: "Mənbələr və metodologiya",
    corrections: "Düzəlişlər və dəyişikliklər",
    glossary: "Yer adları",
    data: "Məlumatlar və yükləmələr",
    charts: "Bütün qrafiklər",
    aboutThisStory: "Bu hekayə haqqında",
    licence:
      "Mətnimiz, məlumatlarımız və qrafiklərimiz CC BY 4.0 lisenziyası ilə dərc olunur; mənbələrin materiallarına onların öz şərtləri şamil edilir.",
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

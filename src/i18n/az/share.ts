import type { Strings } from "../en/index.ts";

/** Azerbaijani strings of chart pages, embeds, downloads, citations, share pages and the data page. */
export const share: Strings["share"] = {
  chartsIndex: {
    title: "Bütün qrafiklər",
    description:
      "Hekayənin bütün qrafikləri, hər biri öz məlumatları, mənbələri, yükləmələri, yerləşdirmə kodu və istinadı ilə.",
    intro:
      "Hekayədəki hər qrafikin öz səhifəsi var: orada göstərdiyi məlumatlar, mənbələri, yükləmələr (CSV, JSON, SVG, PNG), yerləşdirmə kodu və istinad verilir.",
    inSection: "Bölmə",
  },
  chartPage: {
    kicker: "Qrafik",
    fromSection: "Hekayənin bölməsi",
    about: "Qrafik nəyi göstərir",
    notes: "Qeydlər",
    sources: "Mənbələr",
    allCharts: "Bütün qrafiklər",
  },
  download: {
    heading: "Yüklə",
    intro:
      "Qrafikin göstərdiyi məlumatların özü. Hər sətrin mənbələri mənbə sütununda göstərilir (dərc edən, başlıq, tarix, URL).",
    csv: "Məlumatlar (CSV)",
    json: "Məlumatlar (JSON)",
    metadata: "Metaməlumatlar (JSON)",
    svg: "Qrafik (SVG)",
    png: "Qrafik (PNG)",
    card: "Sosial şəbəkə kartı (PNG, 1200 × 630)",
  },
  embed: {
    heading: "Yerləşdir",
    intro:
      "Bu kodu öz səhifənizə və ya CMS-ə yapışdırın. Qrafik ölçüsünü məzmununa uyğunlaşdırır və oxucularınızın açıq və ya tünd rejimini izləyir; birini sabitləmək üçün ünvana ?theme=light və ya ?theme=dark əlavə edin. Kod başqa heç bir sayta sorğu göndərmir və kuki yazmır.",
    codeLabel: "Yerləşdirmə kodu",
    copy: "Yerləşdirmə kodunu kopyala",
    copied: "Yerləşdirmə kodu kopyalandı",
    oembed:
      "oEmbed dəstəkləyən CMS-lər (WordPress, Ghost və başqaları) qrafik səhifəsinin ünvanını birbaşa yerləşdirə bilər.",
    preview: "Yerləşdirilən qrafiki ayrıca açın",
    help: "WordPress, Ghost, pym.js şablonu və ya Google AMP-də yerləşdirmə, skriptlər silinəndə nə baş verir",
  },
  cite: {
    heading: "İstinad",
    plain: "Sadə mətn",
    bibtex: "BibTeX",
    copy: "İstinadı kopyala",
    copied: "İstinad kopyalandı",
    credit:
      "Zəhmət olmasa, ilkin mənbələri də göstərin: rəqəmlər onlarındır, toplu və qrafiklər bizimdir.",
    dataAsOf: "məlumatlar",
    thisVersion: "Bu versiya",
    licence: "Lisenziya",
    originalData: "İlkin məlumatlar",
  },
  licence: {
    heading: "Lisenziya",
    ours: "Məlumatlarımız, qrafiklərimiz və mətnimiz bu lisenziya ilə dərc olunur:",
    theirs:
      "Rəqəmlər göstərilən mənbələrdən götürülüb; onların nəşrlərinə öz şərtləri şamil olunur.",
  },
  embedFrame: {
    fromStory: "Hekayəni oxuyun",
    chartPage: "Məlumatlar və mənbələr",
  },
  sharePage: {
    goTo: "Bölməyə keçin",
  },
  data: {
    title: "Məlumatlar və yükləmələr",
    description:
      "Hekayənin arxasındakı bütün məlumat topluları, yoxlanılmış şəkildə, sahələri, sətir sayı, mənbələri və JSON və CSV formatında yükləmələri ilə.",
    intro:
      "Hekayənin arxasındakı bütün məlumat topluları, saytın yoxladığı şəkildə. CSV fayllarında siyahı sahələri “; ” ilə birləşdirilir, iç-içə sahələr isə JSON kimi yazılır; =, +, - və ya @ ilə başlayan mətnin əvvəlinə ' qoyulur ki, cədvəl proqramları onu düstur kimi icra etmək əvəzinə mətn kimi göstərsin (rəqəmlər, mənfi rəqəmlər də daxil olmaqla, olduğu kimi saxlanılır).",
    fields: "Sahələr",
    rows: "Sətirlər",
    sources: "İstinad olunan mənbələr",
    lastUpdated: "Məlumatların son yeniləməsi",
    json: "JSON",
    csv: "CSV",
    chartData: "Hər qrafikin öz məlumatları, hər sətirdə mənbə ilə, onun səhifəsində verilir.",
  },
};

import type { Strings } from "../../en/index.ts";

/** Azerbaijani strings of the "how much land" chart (competing contamination estimates). */
export const contaminationEstimates: Strings["charts"]["contaminationEstimates"] = {
  title: "Nə qədər ərazi çirklənib və neçə mina var",
  subtitle:
    "Azərbaycanın 2020-ci ildə nəzarətinə qayıdan ərazilərdə təhlükəli ərazinin sahəsi və oradakı minaların sayı barədə dərc olunmuş bütün təxminlər, həqiqətən aşkarlananlarla yanaşı. Hər sütun bir açıqlamadır: kimin verdiyi və nə vaxt verdiyi ilə.",
  areaHeading: "Təhlükəli ərazi, kvadrat kilometr",
  minesHeading: "Minalar: təxmin, xəritələrdə, aşkarlanan",
  areaAxis: "km² (hektar ÷ 100: saytın çevirməsi)",
  minesAxis: "Mina və ya sursat",
  groups: {
    estimated: "Təxmin edilən minalar (sayılmayıb)",
    maps: "Xəritələrdə və formulyarlarda",
    found: "İndiyədək aşkarlanan (toplanan say)",
  },
  segments: {
    high: "yüksək",
    mediumLow: "orta/aşağı",
  },
  metrics: {
    "hazardous-area": "Təhlükəli ərazi",
    "high-contamination-area": "Yüksək çirklənmə",
    "medium-low-contamination-area": "Orta və ya aşağı çirklənmə",
    "share-of-territory": "Ərazinin payı",
    "estimated-mines": "Təxmin edilən minalar",
    "mines-on-handed-over-maps": "Xəritələrdə və ya formulyarlarda",
    "items-found": "Aşkarlanıb",
  },
  units: {
    ha: "ha",
    km2: "km²",
    percent: "%",
    mines: "mina",
    items: "ədəd",
  },
  /** Short names of reporting bodies for the bar labels; the tooltip and table use the full name. */
  shortNames: {
    "Azerbaijan Campaign to Ban Landmines": "AzCBL",
    "Ministry of Foreign Affairs": "XİN",
    "Presidential representative Elchin Amirbayov": "Prezidentin nümayəndəsi",
    "Ambassador of Azerbaijan (Mustafayev, in Diplomat Magazine)": "Səfir Mustafayev",
    "Cabinet of Ministers (Prime Minister's annual report)": "Baş nazir",
  },
  conversion: (km2: string) => `= ${km2} km² (saytın çevirməsi, hektar ÷ 100)`,
  sum: (total: string, unit: string) => `cəmi ${total} ${unit} (saytın öz hesabladığı cəm)`,
  altArea: (low: string, high: string) =>
    `Təhlükəli ərazinin sahəsi barədə dərc olunmuş təxminlər ${low} ilə ${high} arasında dəyişir.`,
  altAreaOne: (only: string) => `Təhlükəli ərazinin sahəsi barədə dərc olunmuş təxmin: ${only}.`,
  altMines: (mines: string, found: string) =>
    `Minaların sayı ən çoxu ${mines} təxmin edilir; bu arada ${found}.`,
  altStatement: (value: string, who: string, when: string) => `${value} (${who}, ${when})`,
  altFound: (value: string, who: string, when: string) =>
    `${who} ${when} tarixinədək aşkarlananların sayını ${value} kimi göstərib`,
  notes: [
    "Hektarla verilmiş sahə rəqəmləri kvadrat kilometrlə çəkilir ki, bütün təxminlər bir oxda olsun: 1 km² = 100 ha dəqiq çevirmədir, lakin saytın öz hesablamasıdır. Sütunların üzərində rəqəm açıqlandığı kimi yazılır.",
    "Mənbə ərazini yüksək və orta və ya aşağı çirklənmə üzrə bölürsə, iki hissə üst-üstə göstərilir; onların cəmi açıqlanmış rəqəm deyil, saytın öz hesabladığı cəmdir.",
    "Minaların sayı hesablanmış say deyil, təxmindir: ANAMA əsas təxminini ilkin adlandırır və heç bir müstəqil qurum onu yoxlamayıb və ya öz təxminini dərc etməyib. Mənbə belə deyirsə, aşkarlananlara minalarla yanaşı partlamamış hərbi sursat da daxildir.",
    "Yalnız 2020-ci ildə nəzarətə qayıdan ərazilərə aid açıqlamalar göstərilir. Köhnə rəqəmlər (Landmine Monitor-un 2020-ci ilədək hökumətin nəzarətində olan ərazilər barədə rəqəmləri; HALO Trust-ın 1995-ci ildə Dağlıq Qarabağ adlandırdığı ərazidə apardığı tədqiqat) başqa ərazini ölçür və göstərilmir.",
  ],
  conversionMethod:
    "Açıqlanmış sahənin saytın kvadrat kilometrə çevirməsi (1 km² = 100 ha, dəqiq çevirmə).",
  columns: {
    date: "Tarix",
    metric: "Nə",
    stated: "Açıqlandığı kimi",
    unit: "Vahid",
    qualifier: "Dəqiqləşdirmə",
    km2: "km² (saytın çevirməsi)",
    measures: "Dəqiq nə ölçülür",
    reportedBy: "Açıqlayan",
    note: "Qeyd",
  },
};

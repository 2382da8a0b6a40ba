import type { Strings } from "../../en/index.ts";

/** Azerbaijani strings of the "casualties by year" chart. */
export const casualtiesByYear: Strings["charts"]["casualtiesByYear"] = {
  title: "Mina qurbanları ilbəil",
  subtitle:
    "Hər təqvim ilində mina və partlamamış hərbi sursat nəticəsində həlak olan və ya yaralananlar, açıqlandığı kimi. Konturlu sütunlar ilin yalnız bir hissəsini əhatə edir.",
  baselineGroup: "2020-ci il müharibəsinədək (Landmine Monitor)",
  postWarGroup: "2020-ci il müharibəsindən sonra (rəsmi və QHT hesablamaları)",
  xLabel: "Həlak olan və ya yaralananlar",
  total: "Cəmi",
  killed: "Həlak olub",
  injured: "Yaralanıb",
  /** The label of a partial year, e.g. "Jan–Jul only". */
  partialOnly: (months: string) => `yalnız ${months}`,
  noFullYear: "tam il üzrə rəqəm yoxdur",
  noFigure: "rəqəm yoxdur",
  injuredOnly: (injured: string) => `yaralanan: ${injured}`,
  totalNotPublished: "cəmi dərc olunmayıb",
  siteSum: "saytın hesabladığı cəm",
  siteSumTip:
    "Cəmi: saytın öz hesablaması (həlak olanlar + yaralananlar; mənbə yalnız tərkib hissələrini verir)",
  alsoReported: "Bu il üçün başqa rəqəmlər:",
  noRowTip: (year: string) => `${year}\nMənbələrimizdə bu il üçün rəqəm yoxdur`,
  altBaseline: (from: string, to: string, min: string, max: string) =>
    `2020-ci il müharibəsinədək göstərilən Landmine Monitor illərində (${from}–${to}) qurbanların illik sayı ${min} ilə ${max} arasında olub.`,
  altPartial: (years: string) => `${years} üçün yalnız ilin bir hissəsinə aid rəqəmlər var.`,
  altFull: (list: string) => `Müharibədən sonra tam il üzrə ümumi saylar: ${list}.`,
  altInjuredOnly: (year: string, injured: string) =>
    `${year} üçün yalnız yaralananların sayı dərc olunub: ${injured}.`,
  altFullItem: (total: string, year: string) => `${year}: ${total}`,
  and: "və",
  notes: [
    "Bir il üçün bir neçə qurum rəqəm verəndə qrafik sabit qayda ilə bir sətir göstərir: tam il ilin bir hissəsindən üstün tutulur, sonra daha uzun dövr, sonra isə məlumat faylındakı birinci sətir. Digərləri izahda və cədvəldədir.",
    "Konturlu sütunlar ilin yalnız bir hissəsini əhatə edir və tam illərlə müqayisə oluna bilməz. Heç bir mənbədə 2021 və ya 2022-ci il üçün tam il üzrə ümumi say tapılmadı.",
    "2020-ci ilədək rəqəmlər ANAMA-nın və Minaların Qadağan Olunması üzrə Azərbaycan Kampaniyasının Landmine Monitor-un istinad etdiyi hesablamalarıdır və o vaxt Azərbaycanın nəzarətində olan əraziləri əhatə edir. Müharibədən sonra hesablamaların çoxu, nəzarətə qayıdan ərazilər də daxil olmaqla, bütün ölkəni əhatə edir (2024-cü ilin bir hissəsinə aid say yalnız nəzarətə qayıdan əraziləri əhatə edir). İki sıra birbaşa müqayisə oluna bilməz.",
  ],
  columns: {
    year: "İl",
    periodStart: "Başlanğıc",
    periodEnd: "Son",
    coverage: "Əhatə",
    series: "Sıra",
    total: "Cəmi",
    killed: "Həlak olub",
    injured: "Yaralanıb",
    reportedBy: "Açıqlayan",
    shown: "Qrafikdə göstərilib",
    method: "Saytın hesablaması",
  },
  yes: "bəli",
  no: "xeyr",
};

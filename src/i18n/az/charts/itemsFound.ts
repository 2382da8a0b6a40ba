import type { Strings } from "../../en/index.ts";

/** Azerbaijani strings of the "what is found" chart (mines and unexploded ordnance found per year). */
export const itemsFound: Strings["charts"]["itemsFound"] = {
  title: "Minaaxtaranlar nə tapır: illər üzrə minalar və partlamamış hərbi sursat",
  subtitle:
    "2020-ci ildə nəzarətə qayıdan ərazilərdə aşkarlanıb zərərsizləşdirilmiş piyada əleyhinə minalar, tank əleyhinə minalar və partlamamış hərbi sursat, bölgünü hansısa qurumun dərc etdiyi illər üzrə.",
  axis: "İl ərzində aşkarlanan",
  types: {
    apMines: { long: "Piyada əleyhinə minalar", short: "PƏ minalar" },
    atMines: { long: "Tank əleyhinə minalar", short: "TƏ minalar" },
    uxo: { long: "Partlamamış hərbi sursat", short: "PHS" },
  },
  header: (year: string, who: string) => `${year} · ${who}`,
  partYear: "ilin bir hissəsi",
  noBreakdown: "Mənbələrimizdə bölgü yoxdur",
  tip: (year: string, type: string, value: string) => `${year}\n${type}: ${value}`,
  alt: (years: string, lastYear: string, ap: string, at: string, uxo: string, missing: string) =>
    `Aşkarlananların bölgüsü bu illər üçün dərc olunub: ${years}. ${lastYear}: piyada əleyhinə minalar ${ap}, tank əleyhinə minalar ${at}, partlamamış hərbi sursat ${uxo}. ${missing}`,
  altMissing: (years: string) => `Bu illər üçün bölgü tapılmadı: ${years}.`,
  notes: [
    "Yalnız hər üç sayı hansısa qurumun dərc etdiyi illər çəkilir; digər illər sıfır kimi deyil, «mənbələrimizdə bölgü yoxdur» kimi qeyd olunur (ANAMA bu bölgülərin bəzisini açıqlayıb, lakin biz onları hələ yoxlamamışıq). Həmin illər üçün əsas hektar rəqəmləri minatəmizləmə qrafikindədir.",
    "«İlin bir hissəsi» kimi qeyd olunan il yalnız mənbənin adını çəkdiyi ayları əhatə edir (izahlara baxın); mənbənin «ən azı» kimi verdiyi saylar belə də qeyd olunur.",
    "2020-ci ildən bəri ümumi saylar başqa bölgülər verir; 2024-cü ilin yanvarına aid bir sitatda piyada əleyhinə və tank əleyhinə minaların sayları, görünür, yerini dəyişib, buna görə qrafik yalnız illik rəqəmlərdən istifadə edir.",
  ],
  fullYear: "bütün il",
  columns: {
    year: "İl",
    period: "Əhatə olunan dövr",
    apMines: "Piyada əleyhinə minalar",
    atMines: "Tank əleyhinə minalar",
    uxo: "Partlamamış hərbi sursat",
    qualifier: "Dəqiqləşdirmə",
    measures: "Nə sayılır",
    reportedBy: "Açıqlayan",
  },
};

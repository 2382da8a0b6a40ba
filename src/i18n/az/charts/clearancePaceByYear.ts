import type { Strings } from "../../en/index.ts";
import { ordinal } from "../yearOrdinal.ts";

/** Azerbaijani strings of the "land cleared per year" chart. */
export const clearancePaceByYear: Strings["charts"]["clearancePaceByYear"] = {
  title: "Hər il təmizlənən ərazi və rəsmi hədəflər",
  subtitle:
    "2020-ci ildə nəzarətə qayıdan ərazilərdə hər təqvim ili minalardan və partlamamış hərbi sursatdan təmizlənmiş hektarlar, Baş nazirin parlamentə hesabatına görə (sütunlar), həmin il üçün qoyulmuş hədəflə müqayisədə (qırıq xətlər). Digər qurumların eyni il üçün rəqəmləri kiçik işarələrlə göstərilir.",
  yLabel: "İllik hektar",
  target: "hədəf",
  partYear: "ilin bir hissəsi",
  noTotal: "bütün operatorlar üzrə cəmi yoxdur",
  noFigureYet: "hələ rəqəm yoxdur",
  keyTitle: "Digər rəqəmlər:",
  partYearKey: "içi boş: ilin bir hissəsi",
  /** The key's words for the bodies whose figures are not the headline series (their shapes are the chart's). */
  markers: {
    ANAMA: "ANAMA",
    "Ministry of Defence": "Yalnız ordu bölmələri",
    "Mine Action Review": "Mine Action Review (dar əhatə)",
  },
  otherMarker: "digər qurum",
  hectares: (value: string) => `${value} ha təmizlənib`,
  partial: (period: string) => `Yalnız ilin bir hissəsi: ${period}`,
  period: (start: string, end: string) => `${start} – ${end}`,
  targetTip: (year: string, value: string) => `${ordinal(year)} il üçün hədəf: ${value} ha`,
  stated: (date: string) => `açıqlanıb: ${date}`,
  alt: (first: string, firstYear: string, last: string, lastYear: string, met: string) =>
    `Baş nazirin hesabatlarına görə, il ərzində təmizlənən ərazi ${ordinal(firstYear)} ildəki ${first} hektardan ${ordinal(lastYear)} ildə ${last} hektara qədər artıb. ${met}`,
  altTargets: (met: number, of: number) =>
    `Açıqlanmış rəqəm ilin hədəfinə çatıb və ya onu keçib: hədəf qoyulmuş illər ${String(of)}, onlardan belə illər ${String(met)}.`,
  notes: [
    "Sütunlar Baş nazirin bütün operatorlar üzrə illik rəqəmləridir. İşarələr digər qurumların eyni il üçün rəqəmləridir: ANAMA-nın öz hesablaması, yalnız ordunun mühəndis bölmələri və Mine Action Review-un xeyli dar ölçüləri (yalnız piyada əleyhinə mina sahələri və ya həqiqətən kaset tipli sursat olan ərazi); bunlar izahlarda açıqlanır.",
    "İçi boş işarələr və konturlu sütunlar ilin yalnız bir hissəsini əhatə edir. 2021-ci il üçün heç bir qurum bütün operatorlar üzrə rəqəm dərc etməyib; cari il üçün hədəf var, amma hələ rəqəm yoxdur.",
    "Hədəflər açıqlandığı kimi göstərilir; onların bir neçəsi rəqəmdən «çox» kimi ifadə olunub.",
  ],
  fullYear: "bütün il",
  columns: {
    year: "İl",
    period: "Əhatə olunan dövr",
    kind: "Növ",
    hectares: "Hektar",
    qualifier: "Dəqiqləşdirmə",
    measures: "Nə sayılır",
    reportedBy: "Açıqlayan",
    note: "Qeyd",
  },
  kinds: { primary: "əsas rəqəm", other: "digər rəqəm", target: "hədəf" },
};

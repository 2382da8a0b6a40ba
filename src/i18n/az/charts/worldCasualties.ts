import type { Strings } from "../../en/index.ts";

/** Azerbaijani strings of the "world" chart. */
export const worldCasualties: Strings["charts"]["worldCasualties"] = {
  title: "Azərbaycanın itkiləri dünyanınkı ilə yanaşı",
  subtitle:
    "Landmine Monitor-un qeydə aldığı kimi, dünyada hər il mina və müharibənin partlayıcı qalıqları nəticəsində həlak olan və ya yaralananlar; Azərbaycanın illik rəqəmləri eyni miqyasda göstərilir.",
  world: "Dünya",
  azerbaijan: "Azərbaycan",
  noWorldFigure: (years: string) => `${years}: mənbələrimizdə yoxdur`,
  noAzerbaijanFigure: "Azərbaycan: illik rəqəm yoxdur",
  azerbaijanValue: (value: string) => `Azərbaycan ${value}`,
  worldTip: (year: string, value: string, edition: string) =>
    `${year}\nDünya: həlak olan və ya yaralanan ${value}\nmənbə: Landmine Monitor (${edition})`,
  worldSplit: (killed: string, injured: string) => `Həlak olub: ${killed} · Yaralanıb: ${injured}`,
  worldKilled: (killed: string) => `Həlak olub: ${killed}`,
  worldUnknown: (people: string) => `Vəziyyəti məlum deyil (həlak olub və ya yaralanıb): ${people}`,
  azerbaijanTip: (year: string, value: string, body: string) =>
    `${year}\nAzərbaycan: həlak olan və ya yaralanan ${value}\nmənbə: ${body}\nMonitor-un Azərbaycan üzrə öz rəqəmi deyil, milli hesablama`,
  alsoReported: "Başqa rəqəmlər:",
  gapTip: (years: string) =>
    `${years}\nLandmine Monitor-un bu illər üzrə rəqəmləri mənbələrimizdə yoxdur`,
  yearValue: (value: string, year: string) => `${year}: ${value}`,
  alt: (
    from: string,
    to: string,
    min: string,
    minYear: string,
    max: string,
    maxYear: string,
    aze: string,
  ) =>
    `Landmine Monitor ${from}–${to} dövrünün göstərilən illərində dünyada ildə ${min} (${minYear}) ilə ${max} (${maxYear}) arasında mina və müharibənin partlayıcı qalıqları qurbanı qeydə alıb. Azərbaycanın tam il üzrə rəqəmləri (${aze}) eyni miqyasda nazik bir zolaq kimi görünür.`,
  notes: [
    "Azərbaycanın rəqəmləri Azərbaycan qurumlarının milli hesablamalarıdır (2013-cü il üçün isə Monitor-un istinad etdiyi ANAMA hesablaması); bunlar Landmine Monitor-un Azərbaycan üzrə öz rəqəmləri deyil, həmin rəqəmləri biz əldə etməmişik. Əhatə və hesablama qaydaları fərqlidir, buna görə rəqəmlər dünya cəmindən pay kimi deyil, miqyası göstərmək üçün verilir.",
    "Azərbaycan üçün yalnız tam təqvim illəri çəkilir; 2021 və 2022-ci illər üçün tam il üzrə rəqəm yoxdur.",
    "Landmine Monitor-a görə, nə Azərbaycan, nə də Ermənistan Piyada əleyhinə minaların qadağan edilməsi haqqında Konvensiyaya (Ottava Konvensiyası) qoşulmayıb.",
  ],
  columns: {
    year: "İl",
    place: "Yer",
    total: "Həlak olan və ya yaralanan",
    killed: "Həlak olub",
    injured: "Yaralanıb",
    unknownStatus: "Vəziyyəti məlum deyil",
    reportedBy: "Açıqlayan",
    edition: "Nəşr",
  },
};

import type { Strings } from "../../en/index.ts";

/** Azerbaijani strings of the district map of Garabagh and East-Zangazur. */
export const districtMap: Strings["charts"]["districtMap"] = {
  title: "2025-ci ildə rayonlar üzrə təmizlənmiş ərazi",
  subtitle:
    "Nazirlər Kabinetinin məlumatına görə, 2025-ci ildə Qarabağ və Şərqi Zəngəzur iqtisadi rayonlarının hər rayonunda minalardan və partlamamış hərbi sursatdan təmizlənmiş hektarlar. Köhnə rəqəmlər izahlarda və cədvəldədir.",
  regions: { garabagh: "Qarabağ", eastZangazur: "Şərqi Zəngəzur" },
  /** Neighbouring countries by ISO 3166-1 alpha-3 code, as labelled on the map. */
  neighbours: {
    ARM: "Ermənistan",
    GEO: "Gürcüstan",
    IRN: "İran",
    RUS: "Rusiya",
    TUR: "Türkiyə",
  },
  nakhchivan: "Naxçıvan (Azərbaycan)",
  legendTitle: "2025-ci ildə təmizlənmiş hektar",
  noFigureNote: "2025 üçün rəqəm yoxdur",
  noFigure: "Açıq rəqəm yoxdur",
  /** The tooltip's headline line: the year's hectares, or that the source gives none. */
  clearedLine: (value: string, reportedBy: string) =>
    `2025-ci ildə təmizlənib: ${value} (mənbə: ${reportedBy})`,
  noClearedLine: "2025-ci ildə təmizlənib: bu rayon üçün rəqəm yoxdur",
  otherFigures: "Digər rəqəmlər",
  /** A period a fact covers: "1 January 2025 to 31 December 2025". */
  period: (from: string, to: string) => `${from} – ${to}`,
  /** The table's district cell for an area that is not a map district. */
  notOnMap: (name: string) => `${name} (xəritədəki rayonlardan deyil; çəkilməyib)`,
  handovers: "Təhvil verilmiş mina xəritələri",
  siteCalculation: "saytın öz hesablaması",
  units: {
    mines: (value: string) => `${value} mina`,
    items: (value: string) => `${value} ədəd`,
    ha: (value: string) => `${value} ha`,
    percent: (value: string) => value,
    people: (value: string) => `${value} nəfər`,
  },
  alt: (parts: {
    withFigure: number;
    total: number;
    most: string;
    least: string;
    without: string;
    notDrawn: string;
  }) =>
    `Nazirlər Kabinetinin məlumatına görə, Azərbaycanın Qarabağ və Şərqi Zəngəzur iqtisadi rayonlarına daxil olan rayonlarda 2025-ci ildə təmizlənmiş ərazinin xəritəsi. ${String(parts.total)} rayondan ${String(parts.withFigure)} rayon üçün 2025-ci il rəqəmi var: ən çox ${parts.most}, ən az ${parts.least}.` +
    (parts.without ? ` 2025-ci il üçün rəqəmi olmayan rayonlar: ${parts.without}.` : "") +
    (parts.notDrawn ? ` Hesabatda xəritədə çəkilməyən bu ərazilər də var: ${parts.notDrawn}.` : ""),
  /** "Jabrayil (9,110.4 ha)" in the alt text. */
  altPlace: (name: string, value: string) => `${name} (${value})`,
  notes: [
    "Yalnız rayon səviyyəsi: xəritə minaların və ya təhlükəli ərazilərin harada olduğunu göstərmir.",
    "Hesabatda Ağdərə və «digər rayonlar» ayrıca göstərilir. Ağdərə xəritədəki 14 rayondan biri deyil və hesabat onun təmizlənmiş ərazisinin harada olduğunu demir; digər rayonların adı çəkilmir. Onlardan heç biri rayona aid edilmir və xəritədə çəkilmir: rəqəmləri cədvəldədir.",
    "Hesabatda Ağcabədi və Bərdə üçün ayrıca rəqəm yoxdur; onlar «digər rayonlar» arasında ola da bilər, olmaya da.",
    "İzahlardakı və cədvəldəki köhnə rəqəmlər müxtəlif qurumların fərqli tarixlərə aid və fərqli əhatəli dağınıq hesabatlarıdır; onları rayonlar arasında müqayisə etmək və ya toplamaq olmaz.",
  ],
  columns: {
    district: "Rayon",
    region: "İqtisadi rayon",
    metric: "Göstərici",
    value: "Rəqəm",
    unit: "Vahid",
    qualifier: "Dəqiqləşdirmə",
    periodStart: "Dövrün başlanğıcı",
    asOf: "Tarix",
    reportedBy: "Açıqlayan",
    mapHandovers: "Təhvil verilmiş mina xəritələri",
  },
};

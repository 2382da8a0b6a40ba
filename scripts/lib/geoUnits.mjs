// The 77 ISO 3166-2:AZ rayons and cities (Nakhchivan AR itself excluded), with the 2021 economic regions.
// Azerbaijani names follow Debian iso-codes 4.15.0, except Kəngərli (iso-codes has U+01DD, a typo for ə).

/** The 14 economic regions of Presidential Decree No. 1386 of 7 July 2021: slug -> English name. */
export const economicRegions = {
  "absheron-khizi": "Absheron-Khizi",
  baku: "Baku",
  "central-aran": "Central Aran",
  "east-zangazur": "East Zangazur",
  "ganja-dashkasan": "Ganja-Dashkasan",
  garabagh: "Garabagh",
  "gazakh-tovuz": "Gazakh-Tovuz",
  "guba-khachmaz": "Guba-Khachmaz",
  "lankaran-astara": "Lankaran-Astara",
  "mil-mughan": "Mil-Mughan",
  "mountainous-shirvan": "Mountainous Shirvan",
  nakhchivan: "Nakhchivan",
  "shaki-zagatala": "Shaki-Zagatala",
  "shirvan-salyan": "Shirvan-Salyan",
};

/** The economic regions the site is about; their units get `focus: true`. */
export const focusRegions = new Set(["garabagh", "east-zangazur"]);

// [ISO code, English name, Azerbaijani name, kind, economic region]
const rows = [
  ["AZ-ABS", "Absheron", "Abşeron", "rayon", "absheron-khizi"],
  ["AZ-AGA", "Agstafa", "Ağstafa", "rayon", "gazakh-tovuz"],
  ["AZ-AGC", "Aghjabadi", "Ağcabədi", "rayon", "garabagh"],
  ["AZ-AGM", "Aghdam", "Ağdam", "rayon", "garabagh"],
  ["AZ-AGS", "Agdash", "Ağdaş", "rayon", "central-aran"],
  ["AZ-AGU", "Agsu", "Ağsu", "rayon", "mountainous-shirvan"],
  ["AZ-AST", "Astara", "Astara", "rayon", "lankaran-astara"],
  ["AZ-BA", "Baku", "Bakı", "city", "baku"],
  ["AZ-BAB", "Babek", "Babək", "rayon", "nakhchivan"],
  ["AZ-BAL", "Balakan", "Balakən", "rayon", "shaki-zagatala"],
  ["AZ-BAR", "Barda", "Bərdə", "rayon", "garabagh"],
  ["AZ-BEY", "Beylagan", "Beyləqan", "rayon", "mil-mughan"],
  ["AZ-BIL", "Bilasuvar", "Biləsuvar", "rayon", "shirvan-salyan"],
  ["AZ-CAB", "Jabrayil", "Cəbrayıl", "rayon", "east-zangazur"],
  ["AZ-CAL", "Jalilabad", "Cəlilabad", "rayon", "lankaran-astara"],
  ["AZ-CUL", "Julfa", "Culfa", "rayon", "nakhchivan"],
  ["AZ-DAS", "Dashkasan", "Daşkəsən", "rayon", "ganja-dashkasan"],
  ["AZ-FUZ", "Fuzuli", "Füzuli", "rayon", "garabagh"],
  ["AZ-GA", "Ganja", "Gəncə", "city", "ganja-dashkasan"],
  ["AZ-GAD", "Gadabay", "Gədəbəy", "rayon", "gazakh-tovuz"],
  ["AZ-GOR", "Goranboy", "Goranboy", "rayon", "ganja-dashkasan"],
  ["AZ-GOY", "Goychay", "Göyçay", "rayon", "central-aran"],
  ["AZ-GYG", "Goygol", "Göygöl", "rayon", "ganja-dashkasan"],
  ["AZ-HAC", "Hajigabul", "Hacıqabul", "rayon", "shirvan-salyan"],
  ["AZ-IMI", "Imishli", "İmişli", "rayon", "mil-mughan"],
  ["AZ-ISM", "Ismayilli", "İsmayıllı", "rayon", "mountainous-shirvan"],
  ["AZ-KAL", "Kalbajar", "Kəlbəcər", "rayon", "east-zangazur"],
  ["AZ-KAN", "Kangarli", "Kəngərli", "rayon", "nakhchivan"],
  ["AZ-KUR", "Kurdamir", "Kürdəmir", "rayon", "central-aran"],
  ["AZ-LA", "Lankaran", "Lənkəran", "city", "lankaran-astara"],
  ["AZ-LAC", "Lachin", "Laçın", "rayon", "east-zangazur"],
  ["AZ-LAN", "Lankaran", "Lənkəran", "rayon", "lankaran-astara"],
  ["AZ-LER", "Lerik", "Lerik", "rayon", "lankaran-astara"],
  ["AZ-MAS", "Masally", "Masallı", "rayon", "lankaran-astara"],
  ["AZ-MI", "Mingachevir", "Mingəçevir", "city", "central-aran"],
  ["AZ-NA", "Naftalan", "Naftalan", "city", "ganja-dashkasan"],
  ["AZ-NEF", "Neftchala", "Neftçala", "rayon", "shirvan-salyan"],
  ["AZ-NV", "Nakhchivan", "Naxçıvan", "city", "nakhchivan"],
  ["AZ-OGU", "Oghuz", "Oğuz", "rayon", "shaki-zagatala"],
  ["AZ-ORD", "Ordubad", "Ordubad", "rayon", "nakhchivan"],
  ["AZ-QAB", "Gabala", "Qəbələ", "rayon", "shaki-zagatala"],
  ["AZ-QAX", "Gakh", "Qax", "rayon", "shaki-zagatala"],
  ["AZ-QAZ", "Gazakh", "Qazax", "rayon", "gazakh-tovuz"],
  ["AZ-QBA", "Guba", "Quba", "rayon", "guba-khachmaz"],
  ["AZ-QBI", "Gubadli", "Qubadlı", "rayon", "east-zangazur"],
  ["AZ-QOB", "Gobustan", "Qobustan", "rayon", "mountainous-shirvan"],
  ["AZ-QUS", "Gusar", "Qusar", "rayon", "guba-khachmaz"],
  ["AZ-SA", "Shaki", "Şəki", "city", "shaki-zagatala"],
  ["AZ-SAB", "Sabirabad", "Sabirabad", "rayon", "mil-mughan"],
  ["AZ-SAD", "Sadarak", "Sədərək", "rayon", "nakhchivan"],
  ["AZ-SAH", "Shahbuz", "Şahbuz", "rayon", "nakhchivan"],
  ["AZ-SAK", "Shaki", "Şəki", "rayon", "shaki-zagatala"],
  ["AZ-SAL", "Salyan", "Salyan", "rayon", "shirvan-salyan"],
  ["AZ-SAR", "Sharur", "Şərur", "rayon", "nakhchivan"],
  ["AZ-SAT", "Saatly", "Saatlı", "rayon", "mil-mughan"],
  ["AZ-SBN", "Shabran", "Şabran", "rayon", "guba-khachmaz"],
  ["AZ-SIY", "Siyazan", "Siyəzən", "rayon", "guba-khachmaz"],
  ["AZ-SKR", "Shamkir", "Şəmkir", "rayon", "gazakh-tovuz"],
  ["AZ-SM", "Sumgait", "Sumqayıt", "city", "absheron-khizi"],
  ["AZ-SMI", "Shamakhi", "Şamaxı", "rayon", "mountainous-shirvan"],
  ["AZ-SMX", "Samukh", "Samux", "rayon", "ganja-dashkasan"],
  ["AZ-SR", "Shirvan", "Şirvan", "city", "shirvan-salyan"],
  ["AZ-SUS", "Shusha", "Şuşa", "rayon", "garabagh"],
  ["AZ-TAR", "Tartar", "Tərtər", "rayon", "garabagh"],
  ["AZ-TOV", "Tovuz", "Tovuz", "rayon", "gazakh-tovuz"],
  ["AZ-UCA", "Ujar", "Ucar", "rayon", "central-aran"],
  ["AZ-XA", "Khankendi", "Xankəndi", "city", "garabagh"],
  ["AZ-XAC", "Khachmaz", "Xaçmaz", "rayon", "guba-khachmaz"],
  ["AZ-XCI", "Khojaly", "Xocalı", "rayon", "garabagh"],
  ["AZ-XIZ", "Khizi", "Xızı", "rayon", "absheron-khizi"],
  ["AZ-XVD", "Khojavend", "Xocavənd", "rayon", "garabagh"],
  ["AZ-YAR", "Yardimli", "Yardımlı", "rayon", "lankaran-astara"],
  ["AZ-YE", "Yevlakh", "Yevlax", "city", "central-aran"],
  ["AZ-YEV", "Yevlakh", "Yevlax", "rayon", "central-aran"],
  ["AZ-ZAN", "Zangilan", "Zəngilan", "rayon", "east-zangazur"],
  ["AZ-ZAQ", "Zagatala", "Zaqatala", "rayon", "shaki-zagatala"],
  ["AZ-ZAR", "Zardab", "Zərdab", "rayon", "central-aran"],
];

/** The 77 units keyed by ISO code, with properties in the key order written to the TopoJSON. */
export const unitsById = new Map(
  rows.map(([id, name, nameAz, kind, region]) => [
    id,
    { name, nameAz, kind, region, focus: focusRegions.has(region) },
  ]),
);

/**
 * Natural Earth features whose `iso_3166_2` is wrong (keyed by NE `adm1_code`): the corrected ISO code.
 * Several NE features with one code are dissolved into one unit (Shusha city + rayon).
 */
export const isoFixes = {
  "AZE-1735": "AZ-LAC", // NE labels it "Lankaran"/AZ-LAN, but gn_name "Lacin Rayonu" and its place say Lachin
  "AZE-5565": "AZ-SUS", // Shusha city: ISO gives it no code of its own, so it joins the rayon
  "AZE-1707": "AZ-LAN", // Lankaran rayon carried the city's code AZ-LA
  "AZE-1727": "AZ-SAK", // Shaki rayon carried the city's code AZ-SA
  "AZE-5566": "AZ-YE", // Yevlakh city carried the rayon's code AZ-YEV
  "AZE-2422": "AZ-NV", // Nakhchivan city carried the autonomous republic's code AZ-NX
};

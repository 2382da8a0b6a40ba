import type { Strings } from "../en/index.ts";

/** Place names used on the site (official Azerbaijani forms) and the alternatives readers meet elsewhere. */
export const glossary: Strings["glossary"] = [
  {
    name: "Qarabağ",
    nameAz: "Qarabağ",
    alternatives:
      "Garabagh, Karabakh; Dağlıq Qarabağ (keçmiş muxtar vilayət üçün); Artsax (erməni istifadəsi)",
    note: "Bu saytda 2021-ci ildə Azərbaycanın iqtisadi rayonlarının islahatı ilə yaradılmış Qarabağ iqtisadi rayonu nəzərdə tutulur.",
  },
  {
    name: "Şərqi Zəngəzur",
    nameAz: "Şərqi Zəngəzur",
    alternatives: "East-Zangazur, East Zangezur, Eastern Zangezur",
    note: "2021-ci ildə Cəbrayıl, Kəlbəcər, Qubadlı, Laçın və Zəngilan rayonlarından yaradılmış iqtisadi rayon.",
  },
  {
    name: "Xankəndi",
    nameAz: "Xankəndi",
    alternatives: "Khankendi; Stepanakert (erməni istifadəsi)",
    note: "Xocalı rayonunun ərazisində yerləşən, rayon statuslu şəhər.",
  },
  { name: "Şuşa", nameAz: "Şuşa", alternatives: "Shusha; Şuşi (erməni istifadəsi)", note: "" },
  {
    name: "Xocalı",
    nameAz: "Xocalı",
    alternatives:
      "Khojaly, Khojalu; Əsgəran (rayon üçün erməni istifadəsi); İvanyan (şəhər üçün erməni istifadəsi)",
    note: "",
  },
  {
    name: "Xocavənd",
    nameAz: "Xocavənd",
    alternatives: "Khojavend; Martuni (erməni istifadəsi)",
    note: "",
  },
  {
    name: "Ağdam",
    nameAz: "Ağdam",
    alternatives: "Aghdam, Agdam; Akna (erməni istifadəsi)",
    note: "",
  },
  {
    name: "Ağdərə",
    nameAz: "Ağdərə",
    alternatives: "Aghdara; Martakert (erməni istifadəsi)",
    note: "Saytın xəritəsindəki rayonlardan biri deyil; bəzi rəsmi hesabatlar bu adı hələ də işlədir.",
  },
  {
    name: "Füzuli",
    nameAz: "Füzuli",
    alternatives: "Fuzuli, Fizuli; Varanda (erməni istifadəsi)",
    note: "",
  },
  {
    name: "Cəbrayıl",
    nameAz: "Cəbrayıl",
    alternatives: "Jabrayil, Jebrail; Cərakan (erməni istifadəsi)",
    note: "",
  },
  {
    name: "Zəngilan",
    nameAz: "Zəngilan",
    alternatives: "Zangilan, Zangelan; Kovsakan (erməni istifadəsi)",
    note: "",
  },
  {
    name: "Qubadlı",
    nameAz: "Qubadlı",
    alternatives: "Gubadli, Kubatly; Kaşunik (erməni istifadəsi)",
    note: "",
  },
  {
    name: "Laçın",
    nameAz: "Laçın",
    alternatives: "Lachin, Lachyn; Berdzor (erməni istifadəsi)",
    note: "",
  },
  {
    name: "Kəlbəcər",
    nameAz: "Kəlbəcər",
    alternatives: "Kalbajar, Kelbajar; Karvaçar (erməni istifadəsi)",
    note: "",
  },
  { name: "Tərtər", nameAz: "Tərtər", alternatives: "Tartar, Terter", note: "" },
  { name: "Ağcabədi", nameAz: "Ağcabədi", alternatives: "Aghjabadi, Agjabedi", note: "" },
  {
    name: "Bərdə",
    nameAz: "Bərdə",
    alternatives: "Barda; Partav (tarixi erməni adı)",
    note: "",
  },
  {
    name: "Qazax",
    nameAz: "Qazax",
    alternatives: "Gazakh, Kazakh",
    note: "Ermənistanla sərhəddə, Qarabağ və Şərqi Zəngəzur iqtisadi rayonlarından kənarda yerləşən rayon.",
  },
  {
    name: "Murovdağ",
    nameAz: "Murovdağ",
    alternatives: "Murovdag, Murov Dag; Mrav (erməni istifadəsi)",
    note: "Kəlbəcər rayonunun şimal kənarı boyunca uzanan dağ silsiləsi.",
  },
];

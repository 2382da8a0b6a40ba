/** Place names used on the site (official Azerbaijani romanisation) and the alternatives readers meet elsewhere. */
export const glossary: readonly {
  name: string;
  nameAz: string;
  alternatives: string;
  note: string;
}[] = [
  {
    name: "Garabagh",
    nameAz: "Qarabağ",
    alternatives:
      "Karabakh, Nagorno-Karabakh (for the former autonomous oblast), Artsakh (Armenian usage)",
    note: "On this site, the Garabagh economic region created by the 2021 reform of Azerbaijan's economic regions.",
  },
  {
    name: "East-Zangazur",
    nameAz: "Şərqi Zəngəzur",
    alternatives: "East Zangezur, Eastern Zangezur",
    note: "The economic region created in 2021 from the Jabrayil, Kalbajar, Gubadli, Lachin and Zangilan districts.",
  },
  {
    name: "Khankendi",
    nameAz: "Xankəndi",
    alternatives: "Stepanakert (Armenian usage)",
    note: "A city with district status, inside the Khojaly district.",
  },
  { name: "Shusha", nameAz: "Şuşa", alternatives: "Shushi (Armenian usage)", note: "" },
  {
    name: "Khojaly",
    nameAz: "Xocalı",
    alternatives:
      "Khojalu; Askeran (Armenian usage, for the district); Ivanyan (Armenian usage, for the town)",
    note: "",
  },
  { name: "Khojavend", nameAz: "Xocavənd", alternatives: "Martuni (Armenian usage)", note: "" },
  { name: "Aghdam", nameAz: "Ağdam", alternatives: "Agdam, Akna (Armenian usage)", note: "" },
  {
    name: "Aghdara",
    nameAz: "Ağdərə",
    alternatives: "Martakert (Armenian usage)",
    note: "Not one of the districts on the site's map; some official reports still use the name.",
  },
  { name: "Fuzuli", nameAz: "Füzuli", alternatives: "Fizuli, Varanda (Armenian usage)", note: "" },
  {
    name: "Jabrayil",
    nameAz: "Cəbrayıl",
    alternatives: "Jebrail, Jrakan (Armenian usage)",
    note: "",
  },
  {
    name: "Zangilan",
    nameAz: "Zəngilan",
    alternatives: "Zangelan, Kovsakan (Armenian usage)",
    note: "",
  },
  {
    name: "Gubadli",
    nameAz: "Qubadlı",
    alternatives: "Kubatly, Kashunik (Armenian usage)",
    note: "",
  },
  { name: "Lachin", nameAz: "Laçın", alternatives: "Lachyn, Berdzor (Armenian usage)", note: "" },
  {
    name: "Kalbajar",
    nameAz: "Kəlbəcər",
    alternatives: "Kelbajar, Karvachar (Armenian usage)",
    note: "",
  },
  { name: "Tartar", nameAz: "Tərtər", alternatives: "Terter", note: "" },
  { name: "Aghjabadi", nameAz: "Ağcabədi", alternatives: "Agjabedi", note: "" },
  { name: "Barda", nameAz: "Bərdə", alternatives: "Partav (historical Armenian name)", note: "" },
  {
    name: "Gazakh",
    nameAz: "Qazax",
    alternatives: "Kazakh, Qazax",
    note: "A district on the border with Armenia, outside the Garabagh and East-Zangazur economic regions.",
  },
  {
    name: "Murovdag",
    nameAz: "Murovdağ",
    alternatives: "Murov Dag, Mrav (Armenian usage)",
    note: "A mountain ridge along the northern edge of the Kalbajar district.",
  },
];

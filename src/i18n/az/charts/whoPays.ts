import type { Strings } from "../../en/index.ts";

/** Azerbaijani strings of the "who pays" chart. */
export const whoPays: Strings["charts"]["whoPays"] = {
  title: "Minatəmizləmənin xərcini kim ödəyir",
  subtitle:
    "Müxtəlif qurumların dövlətin və beynəlxalq donorların payı barədə açıqlamaları və elan olunmuş donor töhfələri, hər biri göstərilən valyutada.",
  splitPanel: "Dövlətin və beynəlxalq tərəfin payı, açıqlandığı kimi",
  splitPanelShort: "Paylar, açıqlandığı kimi",
  donorPanel: "Donor töhfələri, elan olunduğu kimi",
  donorPanelShort: "Donor töhfələri",
  state: "Dövlət",
  international: "Beynəlxalq",
  notStated: "göstərilməyib",
  notStatedShort: "göstərilməyib",
  cumulative: "indiyədək cəmi",
  siteCalculation: "saytın hesablaması",
  currencyGroup: (currency: string) => `Valyuta: ${currency}`,
  stateBudgetGroup: (currency: string) => `Dövlət büdcəsinin xərcləri, valyuta: ${currency}`,
  currencyNames: {
    AZN: "manat (AZN)",
    USD: "ABŞ dolları",
    EUR: "avro",
    GBP: "funt sterlinq",
    JPY: "yen",
    SAR: "riyal",
    AED: "dirhəm",
    CHF: "İsveçrə frankı",
    KRW: "von",
  },
  notPublishedGroup: "Məbləğ dərc olunmayıb",
  notPublished: "məbləğ dərc olunmayıb",
  splitTip: (body: string, date: string, period: string, values: string) =>
    `${values}\n${period}\nmənbə: ${body} (${date})`,
  donorTip: (donor: string, amount: string, date: string, purpose: string, body: string) =>
    `${donor}: ${amount}\n${date} · ${purpose}\nmənbə: ${body}`,
  alt: (statements: string, donors: number, currencies: string, unknown: number) =>
    `Xərci kimin ödədiyi barədə açıqlamalar: ${statements}. Öz valyutalarında göstərilən donor töhfələri: ${String(donors)} (${currencies}); məbləği dərc olunmadan sadalananlar: ${String(unknown)}.`,
  notes: [
    "Məbləğlər göstərilən valyutada verilir və heç vaxt toplanmır və ya çevrilmir: avro və dollar sütunları fərqli miqyasdadır.",
    "Bəzi donor məbləğləri üst-üstə düşür: bir neçə il üçün elan olunmuş ümumi məbləğə ayrıca göstərilən töhfələr də daxil ola bilər.",
  ],
  columns: {
    kind: "Növ",
    who: "Kim",
    date: "Tarix",
    period: "Dövr",
    nationalShare: "Dövlətin payı (%)",
    internationalShare: "Beynəlxalq pay (%)",
    nationalAmount: "Dövlətin məbləği",
    internationalAmount: "Beynəlxalq məbləğ",
    amount: "Məbləğ",
    currency: "Valyuta",
    purpose: "Məqsəd",
    qualifier: "Dəqiqləşdirmə",
    reportedBy: "Açıqlayan",
    method: "Saytın hesablaması",
  },
  kindSplit: "pay barədə açıqlama",
  kindDonor: "donor töhfəsi",
};

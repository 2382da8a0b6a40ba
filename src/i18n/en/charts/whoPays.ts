/** English strings of the "who pays" chart. */
export const whoPays = {
  title: "Who pays for mine clearance",
  subtitle:
    "What different bodies say about the state's and international donors' shares, and the donor contributions announced, each in the currency stated.",
  splitPanel: "State and international shares, as stated",
  donorPanel: "Donor contributions, as announced",
  state: "State",
  international: "International",
  notStated: "rest not stated",
  currencyGroup: (currency: string) => `In ${currency}`,
  currencyNames: {
    AZN: "manat (AZN)",
    USD: "US dollars",
    EUR: "euros",
    GBP: "pounds sterling",
    JPY: "yen",
    SAR: "riyals",
    AED: "dirhams",
    CHF: "Swiss francs",
    KRW: "won",
  },
  notPublishedGroup: "Amount not published",
  notPublished: "amount not published",
  statement: (body: string, date: string) => `${body}, ${date}`,
  splitTip: (body: string, date: string, period: string, values: string) =>
    `${values}\n${period}\naccording to ${body} (${date})`,
  donorTip: (donor: string, amount: string, date: string, purpose: string, body: string) =>
    `${donor}: ${amount}\n${date} · ${purpose}\naccording to ${body}`,
  about: "about",
  moreThan: "more than",
  alt: (statements: string, donors: number, currencies: string, unknown: number) =>
    `Statements on who pays: ${statements}. ${String(donors)} donor contributions are shown in their own currencies (${currencies}); ${String(unknown)} have no published amount.`,
  notes: [
    "Amounts are shown in the currency stated and are never added up or converted: a euro bar and a dollar bar are on different scales.",
    "Some donor amounts overlap: a total announced for several years can include contributions also listed separately.",
  ],
  columns: {
    kind: "Kind",
    who: "Who",
    date: "Date",
    period: "Period",
    nationalShare: "State share (%)",
    internationalShare: "International share (%)",
    nationalAmount: "State amount",
    internationalAmount: "International amount",
    amount: "Amount",
    currency: "Currency",
    purpose: "Purpose",
    reportedBy: "Reported by",
  },
  kindSplit: "share statement",
  kindDonor: "donor contribution",
} as const;

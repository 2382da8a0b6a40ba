import type { Strings } from "../../en/index.ts";

/** Russian strings of the "who pays" chart. */
export const whoPays: Strings["charts"]["whoPays"] = {
  title: "Кто платит за разминирование",
  subtitle:
    "Что разные организации говорят о долях государства и международных доноров, и объявленные взносы доноров — каждый в указанной валюте.",
  splitPanel: "Доли государства и международных доноров, как заявлено",
  splitPanelShort: "Доли, как заявлено",
  donorPanel: "Взносы доноров, как объявлено",
  donorPanelShort: "Взносы доноров",
  state: "Государство",
  international: "Международные доноры",
  notStated: "не указано",
  notStatedShort: "не указ.",
  cumulative: "всего на сегодня",
  siteCalculation: "расчёт сайта",
  currencyGroup: (currency: string) => `В валюте: ${currency}`,
  stateBudgetGroup: (currency: string) => `Расходы госбюджета, валюта: ${currency}`,
  currencyNames: {
    AZN: "манаты (AZN)",
    USD: "доллары США",
    EUR: "евро",
    GBP: "фунты стерлингов",
    JPY: "иены",
    SAR: "риялы",
    AED: "дирхамы",
    CHF: "швейцарские франки",
    KRW: "воны",
  },
  notPublishedGroup: "Сумма не опубликована",
  notPublished: "сумма не опубликована",
  splitTip: (body: string, date: string, period: string, values: string) =>
    `${values}\n${period}\nпо данным: ${body} (${date})`,
  donorTip: (donor: string, amount: string, date: string, purpose: string, body: string) =>
    `${donor}: ${amount}\n${date} · ${purpose}\nпо данным: ${body}`,
  alt: (statements: string, donors: number, currencies: string, unknown: number) =>
    `Заявления о том, кто платит: ${statements}. Взносы доноров показаны в исходных валютах (${currencies}); всего взносов — ${String(donors)}, без опубликованной суммы — ${String(unknown)}.`,
  notes: [
    "Суммы показаны в указанной валюте и никогда не суммируются и не пересчитываются: столбец в евро и столбец в долларах построены в разных масштабах.",
    "Некоторые суммы доноров пересекаются: итог, объявленный за несколько лет, может включать взносы, которые также перечислены отдельно.",
  ],
  columns: {
    kind: "Тип",
    who: "Кто",
    date: "Дата",
    period: "Период",
    nationalShare: "Доля государства (%)",
    internationalShare: "Доля международных доноров (%)",
    nationalAmount: "Сумма от государства",
    internationalAmount: "Международная сумма",
    amount: "Сумма",
    currency: "Валюта",
    purpose: "Назначение",
    qualifier: "Оговорка",
    reportedBy: "Источник данных",
    method: "Расчёт сайта",
  },
  kindSplit: "заявление о долях",
  kindDonor: "взнос донора",
};

import type { DonorContribution, FundingSplit } from "../../lib/schemas/funding.ts";
import { formatDate, formatMoney, formatPercent } from "../../lib/format.ts";
import { qualifierOf } from "../../lib/evidence/qualifierOf.ts";
import { withQualifier } from "../../lib/qualifierWords.ts";
import type { Edition } from "../../i18n/edition.ts";

/** An amount with the source's qualifier ("about US$320,000", "at least 5%"), or the amount alone. */
export function withQualifierOf(
  amount: string,
  qualifier: FundingSplit["qualifier"],
  edition: Edition,
): string {
  return withQualifier(amount, qualifier, edition.strings.qualifiers);
}

/** Whether a donor row is a running total that includes other rows (its purpose says "cumulative"). */
export function isCumulative(row: DonorContribution): boolean {
  return /cumulative/i.test(row.purpose);
}

/** A donor's amount as read on the chart: qualifier, amount, currency; "amount not published" when absent. */
export function donorAmount(row: DonorContribution, edition: Edition): string {
  const t = edition.strings.charts.whoPays;
  if (row.amount === null || row.currency === null) return t.notPublished;
  return withQualifierOf(
    formatMoney(row.amount, row.currency, edition.locale),
    row.qualifier,
    edition,
  );
}

/** A donor's name line: who, when, and whether the amount is a total to date. */
export function donorName(row: DonorContribution, edition: Edition): string {
  const t = edition.strings.charts.whoPays;
  const when = formatDate(row.date, edition.locale, row.date.length === 7 ? "month" : "short");
  return [edition.text(row.donor), when, isCumulative(row) ? t.cumulative : null]
    .filter((part): part is string => part !== null)
    .join(" · ");
}

/** The tooltip of a donor row: who, how much, when, what for, and who says it. */
export function donorTip(row: DonorContribution, edition: Edition): string {
  const t = edition.strings.charts.whoPays;
  return t.donorTip(
    edition.text(row.donor),
    donorAmount(row, edition),
    formatDate(row.date, edition.locale),
    edition.text(row.purpose),
    edition.text(row.reportedBy),
  );
}

/** The values of one funding statement, one part per payer: "State 95%", "International about US$16,000,000", "… not stated". */
export function splitValueParts(row: FundingSplit, edition: Edition): string[] {
  const t = edition.strings.charts.whoPays;
  const part = (
    name: string,
    share: number | null,
    amount: number | null,
    field: "nationalAmount" | "internationalAmount",
  ) => {
    const derived = row.derived?.fields.includes(field) ?? false;
    const qualifier = qualifierOf(row, field);
    const values = [
      share !== null ? formatPercent(share, edition.locale) : null,
      amount !== null && row.currency !== null
        ? `${withQualifierOf(formatMoney(amount, row.currency, edition.locale), qualifier, edition)}${derived ? ` (${t.siteCalculation})` : ""}`
        : null,
    ].filter((value): value is string => value !== null);
    return values.length > 0 ? `${name} ${values.join(", ")}` : `${name} ${t.notStatedShort}`;
  };
  return [
    part(t.state, row.nationalSharePercent, row.nationalAmount, "nationalAmount"),
    part(
      t.international,
      row.internationalSharePercent,
      row.internationalAmount,
      "internationalAmount",
    ),
  ];
}

/** The values of one funding statement as one line: "State 95% · International 5%". */
export function splitValues(row: FundingSplit, edition: Edition): string {
  return splitValueParts(row, edition).join(" · ");
}

/** The second line of a funding statement: when it was said (month), then what it covers. */
export function splitWhen(row: FundingSplit, edition: Edition): string {
  return `${formatDate(row.asOf, edition.locale, "month")} · ${edition.text(row.period)}`;
}

/** The tooltip of a funding statement: values, period, who and when, and how the site computed anything. */
export function splitTip(row: FundingSplit, edition: Edition): string {
  const t = edition.strings.charts.whoPays;
  const tip = t.splitTip(
    edition.text(row.reportedBy),
    formatDate(row.asOf, edition.locale),
    edition.text(row.period),
    splitValues(row, edition),
  );
  return row.derived ? `${tip}\n${t.siteCalculation}: ${edition.text(row.derived.method)}` : tip;
}

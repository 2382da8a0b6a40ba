import { formatDate } from "../../lib/format.ts";
import { cellSources } from "../parts/cellSources.ts";
import { defineChart } from "../types.ts";
import { donorCurrencies, whoPays, type WhoPaysData } from "./chart.ts";
import { donorAmount, splitValues } from "./labels.ts";
import { uniqueReporters, uniqueSources } from "../parts/uniqueSources.ts";

/** Registry entry: who pays for mine action (funding statements, and donor contributions in their own currencies). */
export const whoPaysSpec = defineChart<WhoPaysData>({
  id: "who-pays",
  section: "who-pays",
  text: (edition) => edition.strings.charts.whoPays,
  select: (datasets) => ({ splits: datasets.fundingSplits, donors: datasets.donors }),
  render: whoPays,
  altText: ({ splits, donors }, edition) => {
    const t = edition.strings.charts.whoPays;
    const shares = splits.filter(
      (row) => row.nationalSharePercent !== null || row.internationalSharePercent !== null,
    );
    const statements = shares
      .map(
        (row) =>
          `${splitValues(row, edition)} (${edition.text(row.reportedBy)}, ${formatDate(row.asOf, edition.locale, "month")})`,
      )
      .join("; ");
    const known = donors.filter((row) => row.amount !== null);
    return t.alt(
      statements,
      known.length,
      donorCurrencies(donors).join(", "),
      donors.length - known.length,
    );
  },
  table: ({ splits, donors }, edition, t = edition.strings.charts.whoPays) => ({
    columns: [
      { key: "kind", label: t.columns.kind, format: "text" },
      { key: "who", label: t.columns.who, format: "text" },
      { key: "date", label: t.columns.date, format: "date" },
      { key: "period", label: t.columns.period, format: "text" },
      { key: "nationalShare", label: t.columns.nationalShare, format: "number" },
      { key: "internationalShare", label: t.columns.internationalShare, format: "number" },
      { key: "nationalAmount", label: t.columns.nationalAmount, format: "number" },
      { key: "internationalAmount", label: t.columns.internationalAmount, format: "number" },
      { key: "amount", label: t.columns.amount, format: "text" },
      { key: "currency", label: t.columns.currency, format: "text" },
      { key: "qualifier", label: t.columns.qualifier, format: "text" },
      { key: "reportedBy", label: t.columns.reportedBy, format: "text" },
      { key: "method", label: t.columns.method, format: "text" },
    ],
    rows: [
      ...splits.map((row) => ({
        kind: t.kindSplit,
        who: edition.text(row.reportedBy),
        date: row.asOf,
        period: edition.text(row.period),
        nationalShare: row.nationalSharePercent,
        internationalShare: row.internationalSharePercent,
        nationalAmount: row.nationalAmount,
        internationalAmount: row.internationalAmount,
        amount: null,
        currency: row.currency,
        qualifier: edition.text(row.qualifier),
        reportedBy: edition.text(row.reportedBy),
        method: row.derived ? edition.text(row.derived.method) : null,
        sources: row.sources.join(" "),
      })),
      ...donors.map((row) => ({
        kind: t.kindDonor,
        who: edition.text(row.donor),
        date: row.date,
        period: edition.text(row.purpose),
        nationalShare: null,
        internationalShare: null,
        nationalAmount: null,
        internationalAmount: null,
        amount: row.amount === null ? donorAmount(row, edition) : row.amount,
        currency: row.currency,
        qualifier: edition.text(row.qualifier),
        reportedBy: edition.text(row.reportedBy),
        method: row.derived ? edition.text(row.derived.method) : null,
        sources: row.sources.join(" "),
      })),
    ],
    provenance: [
      ...splits.map((row) =>
        cellSources(
          row,
          {
            nationalShare: "nationalSharePercent",
            internationalShare: "internationalSharePercent",
            nationalAmount: "nationalAmount",
            internationalAmount: "internationalAmount",
          },
          edition.text,
        ),
      ),
      ...donors.map((row) => cellSources(row, ["amount"], edition.text)),
    ],
  }),
  sourceIds: ({ splits, donors }) => uniqueSources([...splits, ...donors]),
  reportedBy: ({ splits, donors }) => uniqueReporters([...splits, ...donors]),
});

import * as Plot from "@observablehq/plot";
import type { DonorContribution, FundingSplit } from "../../lib/schemas/funding.ts";
import { whoPaysShares } from "./shares.ts";
import { whoPaysDonors } from "./donors.ts";
import { stackPanels } from "../parts/panelStack.ts";
import { colors } from "../parts/theme.ts";
import { plotDefaults } from "../render/plotDefaults.ts";
import type { ChartContext } from "../types.ts";

/** What the "who pays" chart shows: statements of the state's and international shares, and donor contributions. */
export interface WhoPaysData {
  splits: readonly FundingSplit[];
  donors: readonly DonorContribution[];
}

/** The currencies the donors' amounts are stated in, in order of first appearance (dates ascending). */
export function donorCurrencies(donors: readonly DonorContribution[]): string[] {
  return [
    ...new Set(
      donors.flatMap((row) => (row.amount !== null && row.currency ? [row.currency] : [])),
    ),
  ];
}

/**
 * Who pays for mine action: the funding statements side by side (percent of funding, as stated), then one panel
 * of ranked donor bars per currency (amounts in that currency, never summed or converted), then the donors whose
 * amount is not published.
 */
export function whoPays(data: WhoPaysData, context: ChartContext): SVGSVGElement {
  const t = context.edition.strings.charts.whoPays;
  const state = data.donors.filter((row) => row.donorKind === "state-budget");
  const donors = data.donors.filter((row) => row.donorKind !== "state-budget");
  const inCurrency = (rows: readonly DonorContribution[], currency: string) =>
    rows.filter((row) => row.amount !== null && row.currency === currency);
  const unknown = donors.filter((row) => row.amount === null || row.currency === null);
  const groups = (rows: readonly DonorContribution[], heading: (currency: string) => string) =>
    donorCurrencies(rows).map((currency) =>
      whoPaysDonors(inCurrency(rows, currency), heading(currency), context),
    );
  const name = (currency: string): string =>
    t.currencyNames[currency as keyof typeof t.currencyNames];
  const panels = [
    whoPaysShares(data.splits, context),
    ...groups(state, (currency) => t.stateBudgetGroup(name(currency))),
    panelTitle(context.layout === "narrow" ? t.donorPanelShort : t.donorPanel, context),
    ...groups(donors, (currency) => t.currencyGroup(name(currency))),
    ...(unknown.length > 0 ? [whoPaysDonors(unknown, null, context)] : []),
  ];
  return stackPanels(panels, context.width, context.document);
}

/** A heading between panels. */
function panelTitle(text: string, context: ChartContext): SVGSVGElement {
  return Plot.plot({
    ...plotDefaults(context, 20),
    marginTop: 0,
    marginRight: 0,
    marginBottom: 0,
    marginLeft: 0,
    x: { domain: [0, 1], axis: null },
    marks: [
      Plot.text([text], {
        frameAnchor: "left",
        fontWeight: 700,
        fill: colors.ink,
      }),
    ],
  }) as SVGSVGElement;
}

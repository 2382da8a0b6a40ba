import { describe, expect, it } from "vitest";
import { edition } from "../../src/i18n/index.ts";
import { createDocument } from "../../src/charts/render/createDocument.ts";
import { finishSvg } from "../../src/charts/render/finishSvg.ts";
import { whoPays } from "../../src/charts/who-pays/chart.ts";
import { shareSegments } from "../../src/charts/who-pays/shares.ts";
import { donorAmount } from "../../src/charts/who-pays/labels.ts";
import { whoPaysSpec } from "../../src/charts/who-pays/spec.ts";
import type { DonorContribution, FundingSplit } from "../../src/lib/schemas/funding.ts";

/** A funding statement with the given shares or amounts. */
function statement(id: string, values: Partial<FundingSplit>, reportedBy = "ANAMA"): FundingSplit {
  return {
    id,
    asOf: "2023-11-28",
    period: "ANAMA's budget",
    nationalSharePercent: null,
    internationalSharePercent: null,
    nationalAmount: null,
    internationalAmount: null,
    currency: null,
    qualifier: "exact",
    reportedBy,
    sources: ["test-source"],
    evidence: ["test-figure"],
    ...values,
  };
}

/** A donor contribution; amount null means not published. */
function donor(
  id: string,
  amount: number | null,
  currency: DonorContribution["currency"],
): DonorContribution {
  return {
    id,
    donor: id,
    donorKind: "government",
    amount,
    currency,
    date: "2024-05-03",
    channel: null,
    purpose: "Mine action in Azerbaijan",
    qualifier: "exact",
    reportedBy: "EU Ambassador",
    sources: ["test-source"],
    evidence: ["test-figure"],
  };
}

const splits = [
  statement("anama", { nationalSharePercent: 95, internationalSharePercent: 5 }),
  statement("azcbl", { internationalSharePercent: 4 }, "AzCBL"),
  statement(
    "azcbl-amounts",
    {
      nationalAmount: 333_000_000,
      internationalAmount: 16_000_000,
      currency: "USD",
      qualifier: "about",
      derived: {
        method: "national amount = stated total minus stated international amount",
        fields: ["nationalAmount"],
      },
    },
    "AzCBL",
  ),
];
const donors = [
  donor("France", 500_000, "EUR"),
  donor("Japan", 88_224, "USD"),
  donor("Estonia", 50_000, "EUR"),
  donor("KSrelief", null, null),
];

function render(layout: "narrow" | "wide" = "wide"): SVGSVGElement {
  const svg = whoPays(
    { splits, donors },
    { width: 720, document: createDocument(), layout, edition },
  );
  return finishSvg(svg, { altText: "alt", idPrefix: "t" });
}
const tips = (svg: SVGSVGElement): string[] =>
  Array.from(svg.querySelectorAll("[aria-label]")).map((el) => el.getAttribute("aria-label") ?? "");

describe("whoPays", () => {
  it("shareSegments(row) draws only the stated share and leaves the rest 'not stated'", () => {
    const segments = shareSegments(splits[1] as FundingSplit);
    expect(segments.map((s) => [s.kind, s.from, s.to])).toEqual([
      ["not-stated", 0, 96],
      ["international", 96, 100],
    ]);
  });

  it("puts each currency in its own panel with its own scale, never summing across currencies", () => {
    const svg = render();
    const panels = Array.from(svg.children).map((panel) => panel.textContent);
    expect(panels.some((text) => text.includes("In euros") && !text.includes("US$"))).toBe(true);
    expect(panels.some((text) => text.includes("In US dollars") && !text.includes("€"))).toBe(true);
    expect(svg.getAttribute("viewBox")).toMatch(/^0 0 720 \d+$/);
  });

  it("ranks donors by amount within their currency", () => {
    const euroTips = tips(render()).filter((tip) => tip.includes("€"));
    expect(euroTips.map((tip) => tip.split(":")[0])).toEqual(["France", "Estonia"]);
  });

  it("lists a donor without a published amount as 'amount not published', with no bar", () => {
    const svg = render();
    expect(svg.textContent).toContain("KSrelief · 3 May 2024: amount not published");
    expect(donorAmount(donors[3] as DonorContribution, edition)).toBe("amount not published");
  });

  it("labels a derived amount as the site's calculation and says how in the tooltip", () => {
    const svg = render();
    expect(svg.textContent).toContain("State about US$333,000,000 (site's calculation)");
    expect(tips(svg).some((tip) => tip.includes("site's calculation: national amount ="))).toBe(
      true,
    );
  });

  it("says who made each statement and when in its tooltip", () => {
    const tip = tips(render()).find((text) => text.startsWith("State 95%"));
    expect(tip).toBe(
      "State 95% · International 5%\nANAMA's budget\naccording to ANAMA (28 November 2023)",
    );
  });

  it("generates alt text from the stated shares and the donor count", () => {
    expect(whoPaysSpec.altText({ splits, donors }, edition)).toBe(
      "Statements on who pays: State 95% · International 5% (ANAMA, November 2023); State not stated · International 4% (AzCBL, November 2023). 3 donor contributions are shown in their own currencies (EUR, USD); 1 listed without a published amount.",
    );
  });
});

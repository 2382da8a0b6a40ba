import * as Plot from "@observablehq/plot";
import type { CasualtyYear } from "../../lib/schemas/casualties.ts";
import type { GlobalCasualtyYear, TreatyStatus } from "../../lib/schemas/world.ts";
import { formatNumber } from "../../lib/format.ts";
import type { Edition } from "../../i18n/edition.ts";
import { statedNumber } from "../parts/statedNumber.ts";
import { colors } from "../parts/theme.ts";
import { plotDefaults } from "../render/plotDefaults.ts";
import { worldRows, type WorldRow } from "./rows.ts";
import type { ChartContext } from "../types.ts";

/** What the world chart shows: Landmine Monitor's world figures, Azerbaijan's yearly rows, and treaty status (for notes). */
export interface WorldData {
  world: readonly GlobalCasualtyYear[];
  azerbaijan: readonly CasualtyYear[];
  treaty: readonly TreatyStatus[];
}

type YearRow = Extract<WorldRow, { kind: "year" }>;
type GapRow = Extract<WorldRow, { kind: "gap" }>;
type Placed<R> = R & { y: number };

const YEAR_ROW = 46;
const GAP_ROW = 26;
const WORLD_BAR = 16;
const AZE_BAR = 8;

const yearsLabel = (gap: GapRow): string =>
  gap.from === gap.to ? String(gap.from) : `${String(gap.from)}–${String(gap.to)}`;

/** The tooltip of a world bar: year, total (and killed/injured/unknown status where given), edition. */
export function worldTip(row: YearRow, edition: Edition): string {
  const t = edition.strings.charts.worldCasualties;
  const w = row.world;
  const lines = [
    t.worldTip(
      String(row.year),
      statedNumber(w.total ?? 0, w, "total", edition),
      edition.text(w.edition),
    ),
  ];
  if (w.killed !== null && w.injured !== null) {
    lines.push(
      t.worldSplit(
        statedNumber(w.killed, w, "killed", edition),
        statedNumber(w.injured, w, "injured", edition),
      ),
    );
  } else if (w.killed !== null)
    lines.push(t.worldKilled(statedNumber(w.killed, w, "killed", edition)));
  if (w.unknownStatus != null)
    lines.push(t.worldUnknown(statedNumber(w.unknownStatus, w, "unknownStatus", edition)));
  return lines.join("\n");
}

/** The tooltip of Azerbaijan's bar: year, total, who says it, scope caveat, and other bodies' figures. */
export function azerbaijanTip(row: YearRow, edition: Edition): string {
  const t = edition.strings.charts.worldCasualties;
  const a = row.azerbaijan;
  if (!a) return "";
  const lines = [
    t.azerbaijanTip(
      String(row.year),
      statedNumber(a.total ?? 0, a, "total", edition),
      edition.text(a.reportedBy),
    ),
  ];
  if (row.azerbaijanOthers.length > 0) {
    lines.push(t.alsoReported);
    for (const o of row.azerbaijanOthers)
      lines.push(
        `${statedNumber(o.total ?? 0, o, "total", edition)} (${edition.text(o.reportedBy)})`,
      );
  }
  return lines.join("\n");
}

/**
 * Mine/ERW casualties worldwide per year as recorded by the Landmine Monitor (people per year), one horizontal bar
 * per year, with Azerbaijan's full-year figure drawn beneath at the same scale; years without a world figure in our
 * sources are one muted row, never zero.
 */
export function worldCasualties(data: WorldData, context: ChartContext): SVGSVGElement {
  const { edition } = context;
  const t = edition.strings.charts.worldCasualties;
  let y = 4;
  const placed = worldRows(data.world, data.azerbaijan).map((row) => {
    const item = { ...row, y };
    y += row.kind === "year" ? YEAR_ROW : GAP_ROW;
    return item;
  });
  const years = placed.filter((r): r is Placed<YearRow> => r.kind === "year");
  const gaps = placed.filter((r): r is Placed<GapRow> => r.kind === "gap");
  const withAze = years.filter((r) => r.azerbaijan !== null);
  const max = Math.max(1, ...years.map((r) => r.world.total ?? 0));
  const marginLeft = 48;
  const azeLabelY = (r: Placed<YearRow>): number => r.y + WORLD_BAR + 3 + AZE_BAR / 2 + 2;
  const plotWidth = context.width - marginLeft - 8;
  // Leave room after the longest bar for its label (about 48 px).
  const domainMax = (max * plotWidth) / (plotWidth - 52);

  return Plot.plot({
    ...plotDefaults(context, y),
    marginTop: 0,
    marginBottom: 0,
    marginLeft,
    marginRight: 8,
    x: { domain: [0, domainMax], axis: null },
    y: { type: "identity", axis: null },
    marks: [
      Plot.text(years, {
        x: 0,
        dx: -8,
        y: (r: Placed<YearRow>) => r.y + WORLD_BAR / 2,
        text: (r: Placed<YearRow>) => String(r.year),
        textAnchor: "end",
        fill: colors.ink,
      }),
      Plot.rect(years, {
        x1: 0,
        x2: (r: Placed<YearRow>) => r.world.total,
        y1: (r: Placed<YearRow>) => r.y,
        y2: (r: Placed<YearRow>) => r.y + WORLD_BAR,
        fill: colors.reference,
        title: (r: Placed<YearRow>) => worldTip(r, edition),
      }),
      Plot.text(years, {
        x: (r: Placed<YearRow>) => r.world.total,
        dx: 5,
        y: (r: Placed<YearRow>) => r.y + WORLD_BAR / 2,
        text: (r: Placed<YearRow>) =>
          r === years[0]
            ? `${t.world} ${formatNumber(r.world.total ?? 0, edition.locale)}`
            : formatNumber(r.world.total ?? 0, edition.locale),
        textAnchor: "start",
        fill: colors.ink,
        fontWeight: 600,
      }),
      Plot.rect(withAze, {
        x1: 0,
        x2: (r: Placed<YearRow>) => r.azerbaijan?.total ?? 0,
        y1: (r: Placed<YearRow>) => r.y + WORLD_BAR + 3,
        y2: (r: Placed<YearRow>) => r.y + WORLD_BAR + 3 + AZE_BAR,
        fill: colors.killed,
        // A bar a pixel or two long: a minimum width keeps it visible and focusable.
        insetRight: -1,
        title: (r: Placed<YearRow>) => azerbaijanTip(r, edition),
      }),
      Plot.text(withAze, {
        x: (r: Placed<YearRow>) => r.azerbaijan?.total ?? 0,
        dx: 5,
        y: azeLabelY,
        text: (r: Placed<YearRow>) =>
          t.azerbaijanValue(formatNumber(r.azerbaijan?.total ?? 0, edition.locale)),
        textAnchor: "start",
        fontSize: 13,
        fontWeight: 600,
        fill: colors.killed,
      }),
      Plot.text(
        years.filter((r) => r.azerbaijan === null),
        {
          x: 0,
          dx: 5,
          y: azeLabelY,
          text: () => t.noAzerbaijanFigure,
          textAnchor: "start",
          fontSize: 13,
          fill: colors.reference,
        },
      ),
      Plot.text(gaps, {
        x: 0,
        dx: -marginLeft,
        y: (r: Placed<GapRow>) => r.y + GAP_ROW / 2 - 4,
        text: (r: Placed<GapRow>) => t.noWorldFigure(yearsLabel(r)),
        textAnchor: "start",
        fontSize: 13,
        fontStyle: "italic",
        fill: colors.reference,
        title: (r: Placed<GapRow>) => t.gapTip(yearsLabel(r)),
      }),
    ],
  }) as SVGSVGElement;
}

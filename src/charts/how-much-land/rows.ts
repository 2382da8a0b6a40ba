import type { ContaminationEstimate } from "../../lib/schemas/contamination.ts";
import { formatDate, formatNumber } from "../../lib/format.ts";
import type { Edition } from "../../i18n/edition.ts";
import type { BarRow, BarSegment, SegmentStyle } from "../parts/barRow.ts";
import { qualified } from "../../lib/qualifierWords.ts";
import { shortName } from "../parts/shortName.ts";

/** Metrics drawn on the area panel, in stacking order (high before medium/low). */
export const AREA_METRICS = [
  "hazardous-area",
  "high-contamination-area",
  "medium-low-contamination-area",
] as const;

/** Metrics drawn on the mines panel, by group. */
export const MINE_GROUPS = [
  { metric: "estimated-mines", group: "estimated" },
  { metric: "mines-on-handed-over-maps", group: "maps" },
  { metric: "items-found", group: "found" },
] as const;

/** An area stated in hectares or square kilometres, in square kilometres (÷ 100 for hectares: the site's conversion). */
export function areaKm2(row: ContaminationEstimate): number {
  return row.unit === "ha" ? row.value / 100 : row.value;
}

/** A row's stated value with its unit and qualifier, e.g. "about 1,167,000 ha". */
export function statedValue(row: ContaminationEstimate, edition: Edition): string {
  const t = edition.strings.charts.contaminationEstimates;
  return qualified(
    `${formatNumber(row.value, edition.locale)} ${t.units[row.unit]}`,
    row.qualifier,
    edition.strings.qualifiers,
  );
}

/** The tooltip of one statement: date, what and how much as stated (and in km² where converted), who says it. */
export function estimateTip(row: ContaminationEstimate, edition: Edition): string {
  const t = edition.strings.charts.contaminationEstimates;
  const converted =
    row.unit === "ha" ? ` ${t.conversion(formatNumber(areaKm2(row), edition.locale))}` : "";
  return [
    formatDate(row.asOf, edition.locale),
    `${t.metrics[row.metric]}: ${statedValue(row, edition)}${converted}`,
    edition.text(row.measures),
    row.note === undefined ? undefined : edition.text(row.note),
    `${edition.strings.ui.according} ${edition.text(row.reportedBy)}`,
  ]
    .filter((line): line is string => line !== undefined)
    .join("\n");
}

/** Statements made by one body on one date are one bar: their parts stack (e.g. high + medium/low). */
function byStatement(rows: readonly ContaminationEstimate[]): ContaminationEstimate[][] {
  const groups = new Map<string, ContaminationEstimate[]>();
  for (const row of rows) {
    const key = `${row.asOf}|${row.reportedBy}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()];
}

/** The value text of a stacked bar: "about 147,988 + 675,570 ha", "56,000 mines + 121,000 items". */
function stackedValue(parts: readonly ContaminationEstimate[], edition: Edition): string {
  const t = edition.strings.charts.contaminationEstimates;
  const [first] = parts;
  if (!first || parts.length === 1) return first ? statedValue(first, edition) : "";
  const sameUnit = parts.every((part) => part.unit === first.unit);
  const sameQualifier = parts.every((part) => part.qualifier === first.qualifier);
  if (!sameUnit || !sameQualifier)
    return parts.map((part) => statedValue(part, edition)).join(" + ");
  const numbers = parts.map((part) => formatNumber(part.value, edition.locale)).join(" + ");
  return qualified(
    `${numbers} ${t.units[first.unit]}`,
    first.qualifier,
    edition.strings.qualifiers,
  );
}

function bar(
  parts: readonly ContaminationEstimate[],
  measure: (row: ContaminationEstimate) => number,
  style: (row: ContaminationEstimate) => SegmentStyle,
  label: (row: ContaminationEstimate) => string | undefined,
  edition: Edition,
): BarRow {
  let x = 0;
  const segments: BarSegment[] = parts.map((row) => {
    const x1 = x;
    x += measure(row);
    const inside = label(row);
    return {
      x1,
      x2: x,
      style: style(row),
      tip: estimateTip(row, edition),
      ...(inside ? { label: inside } : {}),
    };
  });
  const first = parts[0];
  const when = first ? formatDate(first.asOf, edition.locale, "short") : "";
  return {
    kind: "bar",
    label: `${shortName(first?.reportedBy ?? "", edition)} · ${when}`,
    value: stackedValue(parts, edition),
    segments,
  };
}

const AREA_STYLE: Record<(typeof AREA_METRICS)[number], SegmentStyle> = {
  "hazardous-area": { tone: "grey", fill: "light" },
  "high-contamination-area": { tone: "orange", fill: "solid" },
  "medium-low-contamination-area": { tone: "orange", fill: "light" },
};

const isArea = (
  row: ContaminationEstimate,
): row is ContaminationEstimate & {
  metric: (typeof AREA_METRICS)[number];
} => (AREA_METRICS as readonly string[]).includes(row.metric);

/** The area panel: one bar per statement in km², oldest first; split statements stacked high then medium/low. */
export function areaRows(rows: readonly ContaminationEstimate[], edition: Edition): BarRow[] {
  const t = edition.strings.charts.contaminationEstimates;
  const area = rows.filter(isArea).filter((row) => row.unit === "ha" || row.unit === "km2");
  const order = (row: ContaminationEstimate): number =>
    (AREA_METRICS as readonly string[]).indexOf(row.metric);
  const statements = byStatement(area).map((parts) =>
    [...parts].sort((a, b) => order(a) - order(b)),
  );
  return statements.map((parts) =>
    bar(
      parts,
      areaKm2,
      (row) => (isArea(row) ? AREA_STYLE[row.metric] : AREA_STYLE["hazardous-area"]),
      (row) =>
        row.metric === "high-contamination-area"
          ? t.segments.high
          : row.metric === "medium-low-contamination-area"
            ? t.segments.mediumLow
            : undefined,
      edition,
    ),
  );
}

const MINE_STYLE = {
  estimated: () => ({ tone: "grey", fill: "none", dashed: true }),
  maps: () => ({ tone: "grey", fill: "light" }),
  found: (row: ContaminationEstimate) => ({
    tone: "blue",
    fill: row.unit === "mines" ? "solid" : "light",
  }),
} as const satisfies Record<string, (row: ContaminationEstimate) => SegmentStyle>;

const unitOrder = (row: ContaminationEstimate): number => (row.unit === "mines" ? 0 : 1);

/** The mines panel: estimates, what maps and records show, and what has been found, each group under a heading. */
export function mineRows(rows: readonly ContaminationEstimate[], edition: Edition): BarRow[] {
  const t = edition.strings.charts.contaminationEstimates;
  return MINE_GROUPS.flatMap(({ metric, group }) => {
    const members = rows.filter((row) => row.metric === metric);
    if (members.length === 0) return [];
    const header: BarRow = { kind: "header", label: t.groups[group] };
    return [
      header,
      ...byStatement(members).map((parts) =>
        bar(
          // Mines before other items, so the solid part of a "found" bar starts at zero.
          [...parts].sort((a, b) => unitOrder(a) - unitOrder(b)),
          (row) => row.value,
          MINE_STYLE[group],
          () => undefined,
          edition,
        ),
      ),
    ];
  });
}

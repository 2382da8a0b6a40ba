import type { ContaminationEstimate } from "../../lib/schemas/contamination.ts";
import { formatDate, formatNumber } from "../../lib/format.ts";
import { strings } from "../../i18n/index.ts";
import type { BarRow, BarSegment, SegmentStyle } from "../parts/barRow.ts";
import { qualified } from "../parts/qualified.ts";
import { shortName } from "../parts/shortName.ts";

const t = strings.charts.contaminationEstimates;

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
export function statedValue(row: ContaminationEstimate): string {
  return qualified(`${formatNumber(row.value)} ${t.units[row.unit]}`, row.qualifier);
}

/** The tooltip of one statement: date, what and how much as stated (and in km² where converted), who says it. */
export function estimateTip(row: ContaminationEstimate): string {
  const converted = row.unit === "ha" ? ` ${t.conversion(formatNumber(areaKm2(row)))}` : "";
  return [
    formatDate(row.asOf),
    `${t.metrics[row.metric]}: ${statedValue(row)}${converted}`,
    row.measures,
    row.note,
    `${strings.ui.according} ${row.reportedBy}`,
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
function stackedValue(parts: readonly ContaminationEstimate[]): string {
  const [first] = parts;
  if (!first || parts.length === 1) return first ? statedValue(first) : "";
  const sameUnit = parts.every((part) => part.unit === first.unit);
  const sameQualifier = parts.every((part) => part.qualifier === first.qualifier);
  if (!sameUnit || !sameQualifier) return parts.map(statedValue).join(" + ");
  const numbers = parts.map((part) => formatNumber(part.value)).join(" + ");
  return qualified(`${numbers} ${t.units[first.unit]}`, first.qualifier);
}

function bar(
  parts: readonly ContaminationEstimate[],
  measure: (row: ContaminationEstimate) => number,
  style: (row: ContaminationEstimate) => SegmentStyle,
  label: (row: ContaminationEstimate) => string | undefined,
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
      tip: estimateTip(row),
      ...(inside ? { label: inside } : {}),
    };
  });
  const first = parts[0];
  const when = first ? formatDate(first.asOf, undefined, "short") : "";
  return {
    kind: "bar",
    label: `${shortName(first?.reportedBy ?? "")} · ${when}`,
    value: stackedValue(parts),
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
export function areaRows(rows: readonly ContaminationEstimate[]): BarRow[] {
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
export function mineRows(rows: readonly ContaminationEstimate[]): BarRow[] {
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
        ),
      ),
    ];
  });
}

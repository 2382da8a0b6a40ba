import { geoPath, type GeoProjection } from "d3";
import type { District } from "../../lib/schemas/districts.ts";
import type { Edition } from "../../i18n/edition.ts";
import type { MapLayers } from "./layers.ts";
import { svgElement } from "../parts/svgElement.ts";
import { textWidth } from "../parts/textMeasure.ts";
import { colors } from "../parts/theme.ts";
import type { Layout } from "../types.ts";

/** What the labels need: the layers, the projection and the frame. */
export interface MapLabelContext {
  layers: MapLayers;
  projection: GeoProjection;
  districts: readonly District[];
  layout: Layout;
  width: number;
  height: number;
  /** The edition whose place names are drawn. */
  edition: Edition;
}

type Anchor = "start" | "middle" | "end";

/** Label positions (lon, lat) where a district's centroid would put the name on a border or a neighbour's name. */
const DISTRICT_LABEL_AT: Partial<Record<string, [number, number]>> = {
  "AZ-SUS": [46.66, 39.7],
  "AZ-XCI": [46.6, 39.93],
};

/** A place name on the map: text, where (lon, lat) and which way it runs from there. */
interface PlaceLabel {
  text: string;
  at: [number, number];
  anchor: Anchor;
}

/** Neighbours' and other places' names per layout, placed inside each country near the focus area. */
const places = (t: Edition["strings"]["charts"]["districtMap"]): Record<Layout, PlaceLabel[]> => ({
  narrow: [
    { text: t.neighbours["ARM"] ?? "", at: [45.62, 39.62], anchor: "start" },
    { text: t.neighbours["IRN"] ?? "", at: [46.95, 39.02], anchor: "middle" },
  ],
  wide: [
    { text: t.neighbours["ARM"] ?? "", at: [45.55, 39.65], anchor: "middle" },
    { text: t.neighbours["IRN"] ?? "", at: [47.3, 39.02], anchor: "middle" },
    { text: t.nakhchivan, at: [45.4, 39.12], anchor: "middle" },
  ],
});

/** Where the two region names go (lon, lat): just north of each region, on land outside it. */
const REGION_LABEL_AT: Record<"garabagh" | "eastZangazur", [number, number]> = {
  garabagh: [47.25, 40.63],
  eastZangazur: [46.05, 40.42],
};

/** The map's direct labels: districts, Khankendi, the two regions and the neighbours. */
export function mapLabels(document: Document, context: MapLabelContext): SVGGElement {
  const { projection, layers, layout, width, height } = context;
  const t = context.edition.strings.charts.districtMap;
  const small = layout === "narrow" ? 12 : 13;
  const path = geoPath(projection);
  const names = new Map(
    context.districts.map((district) => [district.id, context.edition.text(district.nameEn)]),
  );
  const at = (lonLat: [number, number]): [number, number] => projection(lonLat) ?? [-1, -1];
  const labels: SVGElement[] = [];

  for (const place of places(t)[layout]) {
    const position = clampToFrame(at(place.at), place, width);
    if (position[1] > 12 && position[1] < height - 12)
      labels.push(
        label(document, place.text, position, {
          size: 13,
          fill: colors.reference,
          anchor: place.anchor,
          spacing: 0.08,
        }),
      );
  }
  for (const rayon of layers.rayons) {
    const name = names.get(rayon.id);
    if (!name || rayon.id === "AZ-XA") continue;
    const override = DISTRICT_LABEL_AT[rayon.id];
    const position = override ? at(override) : path.centroid(rayon);
    labels.push(label(document, name, position, { size: small, fill: colors.ink }));
  }
  const khankendi = layers.rayons.find((rayon) => rayon.id === "AZ-XA");
  if (khankendi) {
    const [x, y] = path.centroid(khankendi);
    labels.push(
      svgElement(document, "circle", { cx: x, cy: y, r: 2.5, fill: colors.ink, class: "city" }),
      label(document, names.get("AZ-XA") ?? khankendi.properties.name, [x + 5, y - 4], {
        size: small,
        fill: colors.ink,
        anchor: "start",
        weight: 600,
      }),
    );
  }
  labels.push(
    label(document, t.regions.garabagh, at(REGION_LABEL_AT.garabagh), {
      size: 14,
      fill: colors.garabagh,
      weight: 700,
      spacing: 0.04,
    }),
    label(document, t.regions.eastZangazur, at(REGION_LABEL_AT.eastZangazur), {
      size: 14,
      fill: colors.eastZangazur,
      weight: 700,
      spacing: 0.04,
    }),
  );
  return svgElement(document, "g", { class: "labels", "pointer-events": "none" }, labels);
}

/** Moves a place name sideways so that its whole text stays inside the frame (width estimated). */
function clampToFrame(
  [x, y]: [number, number],
  place: PlaceLabel,
  width: number,
): [number, number] {
  const textLength = textWidth(place.text, 13);
  const left =
    place.anchor === "start" ? x : place.anchor === "middle" ? x - textLength / 2 : x - textLength;
  const shift = Math.max(4 - left, Math.min(0, width - 4 - (left + textLength)));
  return [x + shift, y];
}

interface LabelStyle {
  size: number;
  fill: string;
  anchor?: Anchor;
  weight?: number;
  spacing?: number;
}

function label(
  document: Document,
  text: string,
  [x, y]: [number, number],
  style: LabelStyle,
): SVGTextElement {
  return svgElement(
    document,
    "text",
    {
      x,
      y,
      dy: "0.32em",
      "text-anchor": style.anchor ?? "middle",
      "font-size": style.size,
      "font-weight": style.weight,
      "letter-spacing": style.spacing ? `${String(style.spacing)}em` : undefined,
      fill: style.fill,
      stroke: colors.background,
      "stroke-width": 3,
      "stroke-linejoin": "round",
      "paint-order": "stroke",
    },
    [text],
  );
}

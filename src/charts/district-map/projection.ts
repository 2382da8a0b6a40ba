import { geoConicConformal, type GeoPermissibleObjects, type GeoProjection } from "d3";

/** Extent in pixels: [[left, top], [right, bottom]]. */
export type Extent = [[number, number], [number, number]];

/** A conformal conic projection for Azerbaijan (standard parallels 39°N and 41°N) fitted to `object` within `extent`. */
export function mapProjection(object: GeoPermissibleObjects, extent: Extent): GeoProjection {
  return geoConicConformal().parallels([39, 41]).rotate([-47.5, 0]).fitExtent(extent, object);
}

/**
 * The smallest Visvalingam triangle (square degrees) worth keeping at this projection's scale: points whose
 * triangle covers less than `pixels` square pixels are invisible and only add bytes.
 */
export function minWeightFor(projection: GeoProjection, pixels = 0.5): number {
  const pixelsPerDegree = (projection.scale() * Math.PI) / 180;
  // cos(40°): a degree of longitude is that much shorter than a degree of latitude at Azerbaijan's latitude.
  const weight = pixels / (pixelsPerDegree * pixelsPerDegree * Math.cos((40 * Math.PI) / 180));
  return Number(weight.toPrecision(2));
}

import type { ByteReader } from "./byteReader.ts";

/** A point of a TrueType outline, in font units, absolute. */
export interface GlyphPoint {
  x: number;
  y: number;
  onCurve: boolean;
}

const withSign = (flag: number, value: number): number => ((flag & 1) !== 0 ? value : -value);

/** Decodes WOFF2's triplet-encoded points (one flag byte each, 1–4 data bytes from the glyph stream). */
export function decodeTriplets(flags: Uint8Array, data: ByteReader): GlyphPoint[] {
  let x = 0;
  let y = 0;
  return Array.from(flags, (raw) => {
    const flag = raw & 0x7f;
    let dx: number;
    let dy: number;
    if (flag < 10) {
      dx = 0;
      dy = withSign(flag, ((flag & 14) << 7) + data.uint8());
    } else if (flag < 20) {
      dx = withSign(flag, (((flag - 10) & 14) << 7) + data.uint8());
      dy = 0;
    } else if (flag < 84) {
      const b0 = flag - 20;
      const b1 = data.uint8();
      dx = withSign(flag, 1 + (b0 & 0x30) + (b1 >> 4));
      dy = withSign(flag >> 1, 1 + ((b0 & 0x0c) << 2) + (b1 & 0x0f));
    } else if (flag < 120) {
      const b0 = flag - 84;
      dx = withSign(flag, 1 + (Math.floor(b0 / 12) << 8) + data.uint8());
      dy = withSign(flag >> 1, 1 + (((b0 % 12) >> 2) << 8) + data.uint8());
    } else if (flag < 124) {
      const b1 = data.uint8();
      const b2 = data.uint8();
      dx = withSign(flag, (b1 << 4) + (b2 >> 4));
      dy = withSign(flag >> 1, ((b2 & 0x0f) << 8) + data.uint8());
    } else {
      dx = withSign(flag, data.uint16());
      dy = withSign(flag >> 1, data.uint16());
    }
    x += dx;
    y += dy;
    return { x, y, onCurve: raw >> 7 === 0 };
  });
}

/** What one simple glyph consists of. */
export interface SimpleGlyph {
  endPoints: number[];
  points: GlyphPoint[];
  instructions: Uint8Array;
  /** Whether contours overlap (OVERLAP_SIMPLE on the first flag). */
  overlap: boolean;
  /** xMin, yMin, xMax, yMax as 8 stored bytes, or undefined to compute them from the points. */
  bbox: Uint8Array | undefined;
}

/** Encodes a simple glyph in the glyf table's format (no flag repetition: simple and still valid). */
export function encodeSimpleGlyph(glyph: SimpleGlyph): Uint8Array {
  const { endPoints, points, instructions } = glyph;
  const flagBytes: number[] = [];
  const xBytes: number[] = [];
  const yBytes: number[] = [];
  const coordinate = (delta: number, short: number, same: number, bytes: number[]): number => {
    if (delta === 0) return same;
    if (Math.abs(delta) < 256) {
      bytes.push(Math.abs(delta));
      return short | (delta > 0 ? same : 0);
    }
    bytes.push((delta >> 8) & 0xff, delta & 0xff);
    return 0;
  };
  let previous = { x: 0, y: 0 };
  points.forEach((point, index) => {
    let flag = point.onCurve ? 0x01 : 0;
    if (index === 0 && glyph.overlap) flag |= 0x40;
    flag |= coordinate(point.x - previous.x, 0x02, 0x10, xBytes);
    flag |= coordinate(point.y - previous.y, 0x04, 0x20, yBytes);
    flagBytes.push(flag);
    previous = point;
  });
  const size =
    10 +
    2 * endPoints.length +
    2 +
    instructions.length +
    flagBytes.length +
    xBytes.length +
    yBytes.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setInt16(0, endPoints.length);
  if (glyph.bbox) out.set(glyph.bbox, 2);
  else {
    const xs = points.map((point) => point.x);
    const ys = points.map((point) => point.y);
    [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((value, index) => {
      view.setInt16(2 + 2 * index, points.length === 0 ? 0 : value);
    });
  }
  let offset = 10;
  for (const end of endPoints) {
    view.setUint16(offset, end);
    offset += 2;
  }
  view.setUint16(offset, instructions.length);
  offset += 2;
  for (const part of [instructions, flagBytes, xBytes, yBytes]) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

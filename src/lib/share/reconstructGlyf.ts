import { ByteReader, readUint255 } from "./byteReader.ts";
import { decodeTriplets, encodeSimpleGlyph } from "./simpleGlyph.ts";

/** A glyf table and its loca index, rebuilt from WOFF2's transformed glyf (spec §5.1–5.3). */
export interface GlyfAndLoca {
  glyf: Uint8Array;
  loca: Uint8Array;
}

// Composite flags that decide how many bytes one component takes.
const WORDS = 0x0001;
const SCALE = 0x0008;
const MORE = 0x0020;
const XY_SCALE = 0x0040;
const TWO_BY_TWO = 0x0080;
const INSTRUCTIONS = 0x0100;

/** Rebuilds glyf and loca from a transformed WOFF2 glyf table: seven streams decoded glyph by glyph. */
export function reconstructGlyf(table: Uint8Array): GlyfAndLoca {
  const header = new ByteReader(table);
  header.skip(2);
  const optionFlags = header.uint16();
  const numGlyphs = header.uint16();
  const indexFormat = header.uint16();
  const sizes = Array.from({ length: 7 }, () => header.uint32());
  let at = header.offset;
  const [nContours, nPoints, flags, glyphs, composites, bboxes, instructions] = sizes.map(
    (size) => {
      const stream = new ByteReader(table, at);
      at += size;
      return stream;
    },
  ) as [ByteReader, ByteReader, ByteReader, ByteReader, ByteReader, ByteReader, ByteReader];
  const overlapBitmap = (optionFlags & 1) === 1 ? table.subarray(at) : undefined;
  const bboxBitmap = bboxes.take(4 * Math.floor((numGlyphs + 31) / 32));
  const hasBit = (bitmap: Uint8Array, glyph: number): boolean =>
    ((bitmap[glyph >> 3] ?? 0) & (0x80 >> (glyph & 7))) !== 0;

  const out: Uint8Array[] = [];
  const offsets = [0];
  let length = 0;
  for (let glyph = 0; glyph < numGlyphs; glyph += 1) {
    const contours = nContours.int16();
    const explicitBbox = hasBit(bboxBitmap, glyph) ? bboxes.take(8) : undefined;
    let bytes: Uint8Array;
    if (contours === 0) bytes = new Uint8Array(0);
    else if (contours < 0) {
      if (explicitBbox === undefined)
        throw new Error(`composite glyph ${String(glyph)} has no bbox`);
      bytes = compositeGlyph(contours, explicitBbox, composites, glyphs, instructions);
    } else {
      const endPoints: number[] = [];
      let total = 0;
      for (let contour = 0; contour < contours; contour += 1) {
        total += readUint255(nPoints);
        endPoints.push(total - 1);
      }
      const points = decodeTriplets(flags.take(total), glyphs);
      const program = instructions.take(readUint255(glyphs));
      const overlap = overlapBitmap !== undefined && hasBit(overlapBitmap, glyph);
      bytes = encodeSimpleGlyph({
        endPoints,
        points,
        instructions: program,
        overlap,
        bbox: explicitBbox,
      });
    }
    out.push(bytes);
    length += (bytes.length + 3) & ~3;
    offsets.push(length);
  }

  const glyf = new Uint8Array(length);
  let offset = 0;
  for (const [index, bytes] of out.entries()) {
    glyf.set(bytes, offset);
    offset = offsets[index + 1] ?? offset;
  }
  const loca = new Uint8Array((numGlyphs + 1) * (indexFormat === 0 ? 2 : 4));
  const view = new DataView(loca.buffer);
  offsets.forEach((value, index) => {
    if (indexFormat === 0) view.setUint16(index * 2, value / 2);
    else view.setUint32(index * 4, value);
  });
  return { glyf, loca };
}

function compositeGlyph(
  contours: number,
  bbox: Uint8Array,
  composites: ByteReader,
  glyphs: ByteReader,
  instructions: ByteReader,
): Uint8Array {
  const start = composites.offset;
  let flags = MORE;
  let withInstructions = false;
  while ((flags & MORE) !== 0) {
    flags = composites.uint16();
    withInstructions ||= (flags & INSTRUCTIONS) !== 0;
    let size = 2 + ((flags & WORDS) !== 0 ? 4 : 2);
    if ((flags & SCALE) !== 0) size += 2;
    else if ((flags & XY_SCALE) !== 0) size += 4;
    else if ((flags & TWO_BY_TWO) !== 0) size += 8;
    composites.skip(size);
  }
  const components = composites.bytes.subarray(start, composites.offset);
  const program = withInstructions ? instructions.take(readUint255(glyphs)) : new Uint8Array(0);
  const out = new Uint8Array(10 + components.length + (withInstructions ? 2 + program.length : 0));
  const view = new DataView(out.buffer);
  view.setInt16(0, contours);
  out.set(bbox, 2);
  out.set(components, 10);
  if (withInstructions) {
    view.setUint16(10 + components.length, program.length);
    out.set(program, 12 + components.length);
  }
  return out;
}

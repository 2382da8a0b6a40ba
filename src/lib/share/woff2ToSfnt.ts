import { brotliDecompressSync } from "node:zlib";
import { ByteReader, readBase128 } from "./byteReader.ts";
import { reconstructGlyf } from "./reconstructGlyf.ts";
import { writeSfnt, type SfntTable } from "./writeSfnt.ts";

// The WOFF2 known-table list: a table's flag byte indexes it (spec §5.1); 63 means "tag follows".
const KNOWN_TAGS = (
  "cmap head hhea hmtx maxp name OS/2 post cvt_ fpgm glyf loca prep CFF_ VORG EBDT EBLC gasp hdmx kern " +
  "LTSH PCLT VDMX vhea vmtx BASE GDEF GPOS GSUB EBSC JSTF MATH CBDT CBLC COLR CPAL SVG_ sbix acnt avar " +
  "bdat bloc bsln cvar fdsc feat fmtx fvar gvar hsty just lcar mort morx opbd prop trak Zapf Silf Glat " +
  "Gloc Feat Sill"
)
  .split(" ")
  .map((tag) => tag.replace("_", " "));

interface Entry {
  tag: string;
  transformed: boolean;
  length: number;
}

/**
 * Decodes a WOFF2 font file into a plain TrueType/OpenType (sfnt) file, so tools that cannot read WOFF2
 * (resvg) can use the fonts the site already ships; supports single fonts with a transformed glyf/loca.
 */
export function woff2ToSfnt(woff2: Uint8Array): Uint8Array {
  const header = new ByteReader(woff2);
  if (header.uint32() !== 0x774f4632) throw new Error("not a WOFF2 file (bad signature)");
  const flavor = header.uint32();
  if (flavor === 0x74746366) throw new Error("WOFF2 font collections are not supported");
  header.skip(4); // total length
  const numTables = header.uint16();
  header.skip(6); // reserved, totalSfntSize
  const compressedLength = header.uint32();
  header.skip(24); // versions, metadata and private blocks

  const entries: Entry[] = [];
  for (let index = 0; index < numTables; index += 1) {
    const flags = header.uint8();
    const tag = (flags & 63) === 63 ? header.tag() : (KNOWN_TAGS[flags & 63] ?? "????");
    const version = flags >> 6;
    const origLength = readBase128(header);
    // glyf and loca are transformed at version 0; every other table at any other version.
    const transformed = tag === "glyf" || tag === "loca" ? version === 0 : version !== 0;
    const length = transformed ? readBase128(header) : origLength;
    if (transformed && tag !== "glyf" && tag !== "loca")
      throw new Error(`transformed WOFF2 table ${tag} is not supported`);
    entries.push({ tag, transformed, length });
  }

  const data = brotliDecompressSync(
    woff2.subarray(header.offset, header.offset + compressedLength),
  );
  const tables: SfntTable[] = [];
  let offset = 0;
  for (const entry of entries) {
    const bytes = data.subarray(offset, offset + entry.length);
    offset += entry.length;
    if (entry.tag === "loca" && entry.transformed) continue; // rebuilt together with glyf
    if (entry.tag === "glyf" && entry.transformed) {
      const { glyf, loca } = reconstructGlyf(bytes);
      tables.push({ tag: "glyf", data: glyf }, { tag: "loca", data: loca });
    } else tables.push({ tag: entry.tag, data: bytes });
  }
  return writeSfnt(flavor, tables);
}

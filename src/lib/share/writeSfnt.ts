/** One table of an sfnt (TrueType/OpenType) font. */
export interface SfntTable {
  tag: string;
  data: Uint8Array;
}

const padded = (length: number): number => (length + 3) & ~3;

/** The sfnt checksum of a table: its bytes summed as big-endian uint32 words, modulo 2^32. */
export function tableChecksum(data: Uint8Array): number {
  const words = new Uint8Array(padded(data.length));
  words.set(data);
  const view = new DataView(words.buffer);
  let sum = 0;
  for (let offset = 0; offset < words.length; offset += 4) {
    sum = (sum + view.getUint32(offset)) >>> 0;
  }
  return sum;
}

/** Writes tables into an sfnt font file: header, directory sorted by tag, 4-byte aligned table data. */
export function writeSfnt(flavor: number, tables: readonly SfntTable[]): Uint8Array {
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const headerLength = 12 + 16 * sorted.length;
  const total = sorted.reduce((sum, table) => sum + padded(table.data.length), headerLength);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(sorted.length));
  const searchRange = 2 ** entrySelector * 16;
  view.setUint32(0, flavor);
  view.setUint16(4, sorted.length);
  view.setUint16(6, searchRange);
  view.setUint16(8, entrySelector);
  view.setUint16(10, sorted.length * 16 - searchRange);
  let offset = headerLength;
  sorted.forEach((table, index) => {
    const record = 12 + 16 * index;
    for (let char = 0; char < 4; char += 1) out[record + char] = table.tag.charCodeAt(char);
    view.setUint32(record + 4, tableChecksum(table.data));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.data.length);
    out.set(table.data, offset);
    offset += padded(table.data.length);
  });
  return out;
}

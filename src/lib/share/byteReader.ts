/** A cursor over big-endian binary data (font files). */
export class ByteReader {
  /** Current position, in bytes from the start. */
  offset: number;
  /** The whole buffer being read. */
  readonly bytes: Uint8Array;
  private readonly view: DataView;

  /** Reads `bytes` from `offset` on. */
  constructor(bytes: Uint8Array, offset = 0) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.offset = offset;
  }

  /** An unsigned byte. */
  uint8(): number {
    const value = this.view.getUint8(this.offset);
    this.offset += 1;
    return value;
  }

  /** An unsigned 16-bit integer. */
  uint16(): number {
    const value = this.view.getUint16(this.offset);
    this.offset += 2;
    return value;
  }

  /** A signed 16-bit integer. */
  int16(): number {
    const value = this.view.getInt16(this.offset);
    this.offset += 2;
    return value;
  }

  /** An unsigned 32-bit integer. */
  uint32(): number {
    const value = this.view.getUint32(this.offset);
    this.offset += 4;
    return value;
  }

  /** A four-character table tag. */
  tag(): string {
    return String.fromCharCode(this.uint8(), this.uint8(), this.uint8(), this.uint8());
  }

  /** The next `length` bytes, as a view (not a copy). */
  take(length: number): Uint8Array {
    if (this.offset + length > this.bytes.length) throw new Error("font data ends early");
    const slice = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }

  /** Moves the cursor `length` bytes on. */
  skip(length: number): void {
    this.offset += length;
  }
}

/** WOFF2's UIntBase128: 1–5 bytes, 7 bits each, most significant first. */
export function readBase128(reader: ByteReader): number {
  let value = 0;
  for (let index = 0; index < 5; index += 1) {
    const byte = reader.uint8();
    if (index === 0 && byte === 0x80) throw new Error("UIntBase128 with a leading zero");
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return value;
  }
  throw new Error("UIntBase128 longer than 5 bytes");
}

/** WOFF2's 255UInt16: one byte, or a marker byte and one or two more. */
export function readUint255(reader: ByteReader): number {
  const code = reader.uint8();
  if (code === 253) return reader.uint16();
  if (code === 255) return reader.uint8() + 253;
  if (code === 254) return reader.uint8() + 506;
  return code;
}

/** One file in an archive: its POSIX path relative to the archive root and its bytes. */
export interface ArchiveFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

const BLOCK = 512;

function writeField(header: Uint8Array, offset: number, length: number, text: string): void {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > length) throw new Error(`tar field too long: "${text}"`);
  header.set(bytes, offset);
}

const octal = (value: number, length: number): string =>
  `${value.toString(8).padStart(length - 1, "0")}\0`;

/**
 * A POSIX ustar archive of `files`, in the order given, with every owner, time and mode fixed (root, 0,
 * 0644), so the same files always give the same bytes. Paths are limited to 100 bytes.
 */
export function packTar(files: readonly ArchiveFile[]): Uint8Array {
  const size = files.reduce(
    (sum, file) => sum + BLOCK + Math.ceil(file.bytes.length / BLOCK) * BLOCK,
    0,
  );
  const out = new Uint8Array(size + 2 * BLOCK);
  let at = 0;
  for (const file of files) {
    const header = new Uint8Array(BLOCK);
    writeField(header, 0, 100, file.path);
    writeField(header, 100, 8, octal(0o644, 8));
    writeField(header, 108, 8, octal(0, 8));
    writeField(header, 116, 8, octal(0, 8));
    writeField(header, 124, 12, octal(file.bytes.length, 12));
    writeField(header, 136, 12, octal(0, 12));
    writeField(header, 148, 8, "        ");
    writeField(header, 156, 1, "0");
    writeField(header, 257, 8, "ustar\u000000");
    const checksum = header.reduce((sum, byte) => sum + byte, 0);
    writeField(header, 148, 8, `${checksum.toString(8).padStart(6, "0")}\0 `);
    out.set(header, at);
    out.set(file.bytes, at + BLOCK);
    at += BLOCK + Math.ceil(file.bytes.length / BLOCK) * BLOCK;
  }
  return out;
}

const readText = (bytes: Uint8Array, offset: number, length: number): string =>
  new TextDecoder().decode(bytes.subarray(offset, offset + length)).replace(/\0.*$/s, "");

/** The regular files of a ustar archive, in archive order; throws on a corrupt header or an unsafe path. */
export function unpackTar(archive: Uint8Array): ArchiveFile[] {
  const files: ArchiveFile[] = [];
  let at = 0;
  while (at + BLOCK <= archive.length && archive[at] !== 0) {
    const header = archive.subarray(at, at + BLOCK);
    const stored = Number.parseInt(readText(header, 148, 8).trim(), 8);
    const summed = header.reduce(
      (sum, byte, index) => sum + (index >= 148 && index < 156 ? 32 : byte),
      0,
    );
    if (stored !== summed) throw new Error(`tar header checksum mismatch at byte ${String(at)}`);
    const path = readText(header, 0, 100);
    const size = Number.parseInt(readText(header, 124, 12).trim(), 8);
    // Only plain relative paths: an archive can never write outside the folder it is unpacked into.
    if (path.startsWith("/") || path.split("/").some((part) => part === ".." || part === "")) {
      throw new Error(`tar entry has an unsafe path: "${path}"`);
    }
    const type = readText(header, 156, 1);
    if (type === "0" || type === "") {
      files.push({ path, bytes: archive.slice(at + BLOCK, at + BLOCK + size) });
    }
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return files;
}

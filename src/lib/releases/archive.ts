import { brotliCompressSync, brotliDecompressSync, constants } from "node:zlib";
import { type ArchiveFile, packTar, unpackTar } from "./tar.ts";

/**
 * A release archive (.tar.br): the files as a ustar archive, sorted by path, compressed with Brotli at its
 * highest quality and a 16 MB window, so the many near-identical pages of one release share their bytes.
 */
export function packArchive(files: readonly ArchiveFile[]): Buffer {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const tar = packTar(sorted);
  return brotliCompressSync(tar, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_SIZE_HINT]: tar.length,
    },
  });
}

/** The files of a release archive written by packArchive. */
export function unpackArchive(archive: Uint8Array): ArchiveFile[] {
  return unpackTar(brotliDecompressSync(archive));
}

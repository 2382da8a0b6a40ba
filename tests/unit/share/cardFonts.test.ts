import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { afterAll, describe, expect, it } from "vitest";
import { CARD_FONT_FILES, cardFontPaths } from "../../../src/lib/share/cardFonts.ts";
import { resvgOptions } from "../../../src/lib/share/renderPng.ts";

// A fresh cache, so the fonts are decoded here rather than read from an earlier build's copies.
const cacheDir = mkdtempSync(join(tmpdir(), "card-fonts-test-"));
afterAll(() => {
  rmSync(cacheDir, { recursive: true, force: true });
});
const paths = cardFontPaths(undefined, cacheDir);

/** The sum of a font file's big-endian 32-bit words, which `head.checkSumAdjustment` sets to 0xB1B0AFBA. */
const fileChecksum = (font: Uint8Array): number => {
  const padded = new Uint8Array(Math.ceil(font.length / 4) * 4);
  padded.set(font);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let offset = 0; offset < padded.length; offset += 4)
    sum = (sum + view.getUint32(offset)) >>> 0;
  return sum;
};

/** Darkness of a label rendered with the decoded fonts: the sum of 255 − red over its pixels. */
const ink = async (weight: number): Promise<number> => {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="60">` +
    `<text x="10" y="42" font-size="32" font-weight="${String(weight)}">Mines cleared</text></svg>`;
  const { pixels } = new Resvg(svg, resvgOptions(await paths)).render();
  let sum = 0;
  for (let index = 0; index < pixels.length; index += 4) sum += 255 - (pixels[index] ?? 255);
  return sum;
};

describe("cardFontPaths", () => {
  it("decodes every WOFF2 file into a whole TrueType font (version 1.0, file checksum 0xB1B0AFBA)", async () => {
    const fonts = (await paths).map((path) => readFileSync(path));
    expect(fonts).toHaveLength(CARD_FONT_FILES.length);
    for (const font of fonts) {
      expect(font.readUInt32BE(0)).toBe(0x00010000);
      expect(fileChecksum(font)).toBe(0xb1b0afba);
    }
  });

  it("gives the same paths and bytes on a second call (read from the cache)", async () => {
    const first = await paths;
    const second = await cardFontPaths(undefined, cacheDir);
    expect(second).toEqual(first);
  });

  it("lets resvg draw a label at weight 700 with more ink than at 600, and 600 with more than 400", async () => {
    const [regular, semibold, bold] = [await ink(400), await ink(600), await ink(700)];
    expect(regular).toBeGreaterThan(0);
    expect(semibold).toBeGreaterThan(regular * 1.1);
    expect(bold).toBeGreaterThan(semibold * 1.05);
  });
});

describe("CARD_FONT_FILES", () => {
  it("cover the letters of the Azerbaijani and Russian editions at every weight", async () => {
    const { create } = await import("fontkitten");
    const letters =
      "əƏğĞıİşŞçÇöÖüÜ" + "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    for (const weight of [400, 600, 700]) {
      const fonts = CARD_FONT_FILES.filter((file) => file.includes(`-${String(weight)}-`)).map(
        (file) => create(readFileSync(join("node_modules", file))),
      );
      const missing = Array.from(letters).filter(
        (letter) =>
          !fonts.some(
            (font) => !font.isCollection && font.hasGlyphForCodePoint(letter.codePointAt(0) ?? 0),
          ),
      );
      expect(missing, `weight ${String(weight)}`).toEqual([]);
    }
  });
});

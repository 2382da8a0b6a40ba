import { describe, expect, it } from "vitest";
import { packArchive, unpackArchive } from "../../../src/lib/releases/archive.ts";
import { packTar, unpackTar } from "../../../src/lib/releases/tar.ts";

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });

describe("release archives", () => {
  it("unpackArchive(packArchive(files)) gives the files back, sorted by path, byte for byte", () => {
    const files = [file("embed/b/index.html", "<p>b</p>"), file("a.csv", "x,y\n1,2\n")];
    const back = unpackArchive(packArchive(files));
    expect(back.map((f) => f.path)).toEqual(["a.csv", "embed/b/index.html"]);
    expect(new TextDecoder().decode(back[1]?.bytes)).toBe("<p>b</p>");
  });

  it("packArchive gives the same bytes for the same files, whatever their order", () => {
    const a = [file("x", "1"), file("y", "2")];
    expect(packArchive(a).equals(packArchive([...a].reverse()))).toBe(true);
  });

  it("unpackTar refuses a path that would leave the folder it is unpacked into", () => {
    expect(() => unpackTar(packTar([file("../evil", "x")]))).toThrow(/unsafe path/);
  });

  it("unpackTar refuses a header whose checksum does not match", () => {
    const tar = packTar([file("a", "x")]);
    tar[0] = "b".charCodeAt(0);
    expect(() => unpackTar(tar)).toThrow(/checksum/);
  });
});

import { describe, expect, it } from "vitest";
import type { Edition } from "../../../src/i18n/index.ts";
import type { Evidence } from "../../../src/lib/schemas/evidence.ts";
import { quoteInEdition } from "../../../src/site/quoteInEdition.ts";

const edition = (lang: string, translations: Record<string, string> = {}): Edition =>
  ({
    lang,
    locale: lang,
    strings: { pages: { evidence: { translation: `[${lang} translation]` } } },
    text: (english: string) => english,
    quoteTranslation: (id: string) => translations[id],
  }) as unknown as Edition;

const english = { id: "e1", source: "s", quote: "About 1,500 mines" } as Evidence;
const azerbaijani = {
  id: "a1",
  source: "s",
  quote: "1.500-ə yaxın mina",
  language: "az",
  translation: "Nearly 1,500 mines",
} as Evidence;

describe("quoteInEdition(record, edition)", () => {
  it("quotes a source verbatim in its own language's edition", () => {
    expect(quoteInEdition(azerbaijani, edition("az"))).toEqual({ quote: "1.500-ə yaxın mina" });
  });

  it("gives the site's translation in another edition, marked as the site's, never as the source's words", () => {
    expect(quoteInEdition(english, edition("ru", { e1: "Около 1 500 мин" }))).toEqual({
      quote: "Около 1 500 мин",
      mark: "[ru translation]",
    });
  });

  it("keeps the English edition's original with its translation beside it", () => {
    expect(quoteInEdition(azerbaijani, edition("en"))).toEqual({
      quote: "1.500-ə yaxın mina",
      translation: "Nearly 1,500 mines",
    });
  });

  it("keeps a quote verbatim, unmarked, while it has no translation yet", () => {
    expect(quoteInEdition(english, edition("az"))).toEqual({ quote: "About 1,500 mines" });
  });
});

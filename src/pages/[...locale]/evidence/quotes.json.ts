import type { APIRoute, GetStaticPaths } from "astro";
import { editionOf } from "../../../i18n/index.ts";
import { loadDatasets } from "../../../lib/data/loadDatasets.ts";
import { editionPaths } from "../../../site/editionPaths.ts";
import { quoteInEdition } from "../../../site/quoteInEdition.ts";

export const getStaticPaths = editionPaths satisfies GetStaticPaths;

/**
 * /evidence/quotes.json (and /az/…, /ru/…): every evidence id's words as the edition shows them in a figure's
 * tooltip, one line each: “quote” (translation or "Our translation"). The story's tooltips fetch it the first time
 * a reader points at a figure, so the page does not carry each quote once per figure that rests on it.
 */
export const GET: APIRoute = ({ currentLocale }) => {
  const edition = editionOf(currentLocale);
  const lines = Object.fromEntries(
    loadDatasets().evidence.map((record) => {
      const { quote, translation, mark } = quoteInEdition(record, edition);
      const after = [translation, mark].filter((part) => part !== undefined);
      return [record.id, `“${quote}”${after.map((part) => ` (${part})`).join("")}`];
    }),
  );
  return Response.json(lines);
};

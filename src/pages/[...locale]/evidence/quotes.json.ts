import type { APIRoute, GetStaticPaths } from "astro";
import { editionOf } from "../../../i18n/index.ts";
import { loadDatasets } from "../../../lib/data/loadDatasets.ts";
import { sourceById } from "../../../lib/data/sourceById.ts";
import { formatDate } from "../../../lib/format.ts";
import { editionPaths } from "../../../site/editionPaths.ts";
import { quoteInEdition } from "../../../site/quoteInEdition.ts";

export const getStaticPaths = editionPaths satisfies GetStaticPaths;

/**
 * /evidence/quotes.json (and /az/…, /ru/…): every evidence id's words as the edition shows them in a figure's
 * tooltip: “quote” (translation or "Our translation"), then "Source: publisher, date". The story's tooltips fetch
 * it the first time a reader points at a figure, so the page does not carry each quote and source once per figure
 * that rests on it.
 */
export const GET: APIRoute = ({ currentLocale }) => {
  const edition = editionOf(currentLocale);
  const { ui } = edition.strings;
  const data = loadDatasets();
  const lines = Object.fromEntries(
    data.evidence.map((record) => {
      const { quote, translation, mark } = quoteInEdition(record, edition);
      const after = [translation, mark].filter((part) => part !== undefined);
      const source = sourceById(data, record.source);
      const date = source.date ? formatDate(source.date, edition.locale) : ui.undated;
      return [
        record.id,
        `“${quote}”${after.map((part) => ` (${part})`).join("")}\n${ui.source}: ${source.publisher}, ${date}`,
      ];
    }),
  );
  return Response.json(lines);
};

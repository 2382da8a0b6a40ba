import type { APIRoute, GetStaticPaths } from "astro";
import { editionOf } from "../../../../i18n/index.ts";
import { chartById } from "../../../../charts/registry.ts";
import { licence } from "../../../../lib/share/licence.ts";
import { chartShare, requireSite } from "../../../../site/chartShare.ts";
import { chartPaths } from "../../../../site/chartPaths.ts";

/** One metadata file per chart. */
export const getStaticPaths = chartPaths satisfies GetStaticPaths;

/** /charts/<id>/metadata.json: what the chart shows, its columns and units, sources, licence, version and files. */
export const GET: APIRoute = ({ params, site, currentLocale }) => {
  const edition = editionOf(currentLocale);
  const { strings } = edition;
  const share = chartShare(chartById(params.id ?? ""), requireSite(site), edition);
  const { spec, rendered, urls } = share;
  return Response.json({
    id: spec.id,
    title: rendered.text.title,
    subtitle: rendered.text.subtitle,
    description: rendered.altText,
    notes: rendered.text.notes ?? [],
    section: spec.section,
    url: urls.page,
    columns: [
      ...rendered.table.columns
        .filter((column) => column.key !== "sources")
        .map((column) => ({
          key: column.key,
          label: column.label,
          format: column.format ?? "text",
        })),
      { key: "sources", label: "Source ids", format: "text" },
      {
        key: "source",
        label: "Sources (publisher, title, date, URL; separated by |)",
        format: "text",
      },
    ],
    rows: share.download.rows.length,
    reportedBy: rendered.reportedBy,
    sources: share.sources.map((source) => ({
      id: source.id,
      publisher: source.publisher,
      title: source.title,
      date: source.date ?? null,
      url: source.url,
      kind: source.kind,
    })),
    credit: rendered.credit ?? null,
    licence: { ...licence, note: strings.share.licence.theirs },
    publisher: strings.site.publisher,
    dataAsOf: share.rendered.dataAsOf ?? null,
    lastUpdated: share.version,
    citation: share.citation,
    files: {
      csv: urls.csv,
      json: urls.json,
      svg: urls.svg,
      png: urls.png,
      card: urls.card,
      embed: urls.embed,
      oembed: urls.oembed,
    },
  });
};

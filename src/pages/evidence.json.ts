import type { APIRoute } from "astro";
import { loadDatasets } from "../lib/data/loadDatasets.ts";
import { publishedEvidence } from "../lib/evidence/publishedEvidence.ts";

/** Every evidence record, for outside fact-checkers: the ids in the pages' data-evidence attributes resolve here. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(publishedEvidence(loadDatasets()), null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });

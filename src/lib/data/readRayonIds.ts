import type { DataProblem } from "./DataProblem.ts";
import { readJsonFile } from "./readJsonFile.ts";

/** The ids of the map's rayons, or the problem reading them. */
export type RayonIdsResult =
  | { readonly ok: true; readonly ids: ReadonlySet<string> }
  | { readonly ok: false; readonly problems: readonly DataProblem[] };

/** Reads `objects.rayons.geometries[].id` from a TopoJSON file (ISO 3166-2:AZ codes), without decoding any geometry. */
export function readRayonIds(path: string, file: string, within?: string): RayonIdsResult {
  const json = readJsonFile(path, file, within);
  if (!json.ok) return json;
  const geometries = (json.value as { objects?: { rayons?: { geometries?: unknown } } } | null)
    ?.objects?.rayons?.geometries;
  if (!Array.isArray(geometries))
    return {
      ok: false,
      problems: [
        {
          file,
          field: "objects.rayons.geometries",
          message: "is missing: expected a TopoJSON object named rayons",
        },
      ],
    };
  const ids = geometries.flatMap((geometry: unknown) => {
    const id = (geometry as { id?: unknown } | null)?.id;
    return typeof id === "string" ? [id] : [];
  });
  return { ok: true, ids: new Set(ids) };
}

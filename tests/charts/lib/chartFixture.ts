import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const fixtures = join(import.meta.dirname, "..", "fixtures");

/**
 * A chart's frozen fixture (tests/charts/fixtures/<id>.json): its data as its registry `select` returns it.
 * A map's topology is kept apart in <id>.topo.json (compact, left alone by Prettier).
 */
export function chartFixture(id: string): unknown {
  const data = JSON.parse(readFileSync(join(fixtures, `${id}.json`), "utf8")) as unknown;
  const topo = join(fixtures, `${id}.topo.json`);
  if (!existsSync(topo)) return data;
  return { ...(data as object), topology: JSON.parse(readFileSync(topo, "utf8")) as unknown };
}

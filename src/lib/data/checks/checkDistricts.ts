import type { DataProblem } from "../DataProblem.ts";
import type { LoadedFile } from "../LoadedRow.ts";
import { focusDistrictIds } from "../focusDistrictIds.ts";

/** Checks every district id is a rayon of the map, and that the districts are exactly the 14 focus districts. */
export function checkDistricts(
  { file, rows }: LoadedFile<{ readonly id: string }>,
  rayonIds: ReadonlySet<string>,
  mapFile: string,
): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const { index, key, value } of rows) {
    const at = { file, row: index, key, field: "id" };
    if (!rayonIds.has(value.id))
      problems.push({
        ...at,
        message: `${JSON.stringify(value.id)} is not a rayon id in ${mapFile}`,
      });
    if (!focusDistrictIds.includes(value.id)) {
      problems.push({
        ...at,
        message: `${JSON.stringify(value.id)} is not one of the 14 focus districts`,
      });
    }
  }
  const present = new Set(rows.map(({ value }) => value.id));
  const missing = focusDistrictIds.filter((id) => !present.has(id));
  if (missing.length > 0)
    problems.push({ file, message: `focus districts missing: ${missing.join(", ")}` });
  return problems;
}

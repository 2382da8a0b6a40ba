/** Placeholder until the data layer lands: returns no datasets. */
export function loadDatasets(): Record<string, unknown> {
  return {};
}

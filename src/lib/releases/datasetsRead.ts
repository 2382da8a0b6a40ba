/**
 * The names of the datasets a function reads (e.g. a chart's `select`), found by running it on `datasets`
 * behind a proxy that records every property it touches, in order of first use.
 */
export function datasetsRead<T extends object>(
  read: (datasets: T) => unknown,
  datasets: T,
): string[] {
  const used = new Set<string>();
  const probe = new Proxy(datasets, {
    get(target, property, receiver) {
      if (typeof property === "string") used.add(property);
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  read(probe);
  return [...used];
}

/** The field names of a zod object schema, in declaration order; [] for a schema that is not an object. */
export function schemaFields(schema: unknown): string[] {
  const shape = (schema as { shape?: unknown } | null)?.shape;
  return typeof shape === "object" && shape !== null ? Object.keys(shape) : [];
}

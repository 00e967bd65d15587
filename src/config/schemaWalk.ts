import type { z } from "zod";

type AnySchema = z.core.$ZodType;

// Walks the configuration schema along a key path, the way a value at that path was parsed:
// through optional/default/pipe wrappers, lists, maps, and the union option the value matches.

/** The schema at a path (wrappers, arrays, records and matching union options walked through). */
export function schemaAt(
  schema: AnySchema,
  path: readonly PropertyKey[],
  root: unknown,
  unwrapLast = true,
): AnySchema | undefined {
  let node: AnySchema | undefined = schema;
  let value: unknown = root;
  for (const segment of [...path, null]) {
    node = node && (segment === null && !unwrapLast ? unwrapWrappers(node) : unwrap(node, value));
    if (segment === null || node === undefined) break;
    const def = node._zod.def as unknown as Record<string, unknown>;
    value =
      isRecord(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
    if (def.type === "object") node = (def.shape as Record<string, AnySchema>)[String(segment)];
    else if (def.type === "array") node = def.element as AnySchema;
    else if (def.type === "record") node = def.valueType as AnySchema;
    else node = undefined;
  }
  return node;
}

/** Optional, default, prefault and pipe wrappers removed; a union stays a union. */
function unwrapWrappers(schema: AnySchema): AnySchema {
  let node = schema;
  for (let depth = 0; depth < 10; depth++) {
    const def = node._zod.def as unknown as Record<string, unknown>;
    if (def.innerType) node = def.innerType as AnySchema;
    else if (def.type === "pipe") node = def.in as AnySchema;
    else break;
  }
  return node;
}

export function keysOf(schema: AnySchema): string[] {
  const def = unwrapWrappers(schema)._zod.def as unknown as Record<string, unknown>;
  return def.type === "object" ? Object.keys(def.shape as object) : [];
}

/** The keys an object schema accepts at a path; walks wrappers, arrays, records and unions. */
export function allowedKeys(schema: AnySchema, path: readonly PropertyKey[], root: unknown): string[] {
  const node = schemaAt(schema, path, root);
  const def = node?._zod.def as unknown as Record<string, unknown> | undefined;
  if (def?.type === "object") return Object.keys(def.shape as object);
  // A record over a closed set of keys (attribute mappings) allows exactly those.
  const keyDef =
    def?.type === "record"
      ? ((def.keyType as AnySchema)._zod.def as unknown as { entries?: object })
      : undefined;
  return keyDef?.entries ? Object.keys(keyDef.entries) : [];
}

function unwrap(schema: AnySchema, value: unknown): AnySchema | undefined {
  let node: AnySchema = schema;
  for (let depth = 0; depth < 10; depth++) {
    const def = node._zod.def as unknown as Record<string, unknown>;
    if (def.innerType) node = def.innerType as AnySchema;
    else if (def.type === "pipe") node = def.in as AnySchema;
    else if (def.type === "union") {
      const options = def.options as AnySchema[];
      const discriminator = def.discriminator as string | undefined;
      const match = options.find((o) => {
        const shape = (o._zod.def as unknown as { shape?: Record<string, AnySchema> }).shape;
        const literal =
          shape && discriminator
            ? (shape[discriminator]?._zod.def as unknown as { values?: unknown[] })
            : undefined;
        if (discriminator === undefined) return isRecord(value) && shape !== undefined;
        return isRecord(value) && literal?.values?.includes(value[discriminator]);
      });
      if (!match) return undefined;
      node = match;
    } else return node;
  }
  return node;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

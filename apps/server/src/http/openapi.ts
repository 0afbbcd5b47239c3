import type { SwaggerTransform } from '@fastify/swagger';
import type { FastifySchema } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

// zod names the definitions it extracts from a recursive schema `schema0`, `schema1`, …
// per conversion; fastify-type-provider-zod drops them, leaving dangling $refs.
const anonymousDefinition = /^#\/components\/schemas\/schema\d+$/;
const anyJson = { description: 'Any JSON value (a recursive structure)' };

function withoutDanglingRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDanglingRefs);
  if (value === null || typeof value !== 'object') return value;
  const ref = (value as { $ref?: unknown }).$ref;
  if (typeof ref === 'string' && anonymousDefinition.test(ref)) {
    return anyJson;
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, withoutDanglingRefs(item)]),
  );
}

/**
 * Route schemas (zod) to OpenAPI. A recursive schema registered with an id
 * (`.meta({ id: 'FormValue' })`) becomes a component; an unregistered one is
 * documented as any JSON value, part by part, so one module's schema can
 * neither leave a broken $ref nor take the whole document down.
 */
export const openApiTransform: SwaggerTransform<FastifySchema> = (route) => {
  try {
    const { schema, url } = jsonSchemaTransform(route);
    return { schema: withoutDanglingRefs(schema) as FastifySchema, url };
  } catch {
    const parts: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(route.schema ?? {}) as [string, unknown][]) {
      try {
        const { schema } = jsonSchemaTransform({ ...route, schema: { [key]: value } });
        Object.assign(parts, withoutDanglingRefs(schema));
      } catch {
        parts[key] = anyJson;
      }
    }
    return { schema: parts, url: route.url };
  }
};

/** Emits the schemas registered with an id as `components.schemas`. */
export const openApiTransformObject = jsonSchemaTransformObject;

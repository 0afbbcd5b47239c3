import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { modules } from '../../src/app.ts';
import type { AppModule } from '../../src/http/context.ts';
import { startTestApp, type TestApp } from '../app.ts';

interface Tree {
  name: string;
  children: Tree[];
}
// Recursive request bodies: one registered with an id, one not.
const tree: z.ZodType<Tree> = z
  .lazy(() => z.object({ name: z.string(), children: z.array(tree) }))
  .meta({ id: 'ProbeTree' });
const looseTree: z.ZodType<Tree> = z.lazy(() =>
  z.object({ name: z.string(), children: z.array(looseTree) }),
);
const recursiveProbe: AppModule = {
  name: 'recursive-probe',
  registerRoutes(app) {
    const config = { access: 'authenticated' } as const;
    app.post('/api/v1/probe/tree', { config, schema: { body: tree } }, () => ({}));
    const wrapped = z.object({ root: looseTree });
    app.post('/api/v1/probe/loose', { config, schema: { body: wrapped } }, () => ({}));
    app.post('/api/v1/probe/loose-root', { config, schema: { body: looseTree } }, () => ({}));
  },
};

const methods = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

describe('the OpenAPI document', () => {
  let t: TestApp;
  const routes: { method: string; url: string }[] = [];
  // Registered first, so it sees every module's routes as they are added.
  const routeRecorder: AppModule = {
    name: 'route-recorder',
    registerRoutes(app) {
      app.addHook('onRoute', (route: RouteOptions) => {
        for (const method of [route.method].flat()) routes.push({ method, url: route.url });
      });
    },
  };
  let doc: any;

  beforeAll(async () => {
    t = await startTestApp({}, { modules: [routeRecorder, ...modules, recursiveProbe] });
    const response = await t.client().get('/api/docs/json');
    expect(response.status).toBe(200);
    doc = response.body;
  });
  afterAll(() => t.close());

  it('is an OpenAPI 3 document', () => {
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['csrf', 'session']);
    const paths = Object.entries(doc.paths as Record<string, Record<string, any>>);
    expect(paths.length).toBeGreaterThan(0);
    for (const [pathName, item] of paths) {
      expect(pathName.startsWith('/')).toBe(true);
      const templated = [...pathName.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const [method, operation] of Object.entries(item)) {
        expect(methods).toContain(method);
        expect(Object.keys(operation.responses ?? {}).length).toBeGreaterThan(0);
        const parameters: any[] = operation.parameters ?? [];
        for (const parameter of parameters) {
          expect(['query', 'header', 'path', 'cookie']).toContain(parameter.in);
          expect(typeof parameter.name).toBe('string');
          if (parameter.in === 'path') expect(parameter.required).toBe(true);
        }
        const declared = parameters.filter((p) => p.in === 'path').map((p) => p.name);
        expect(declared.sort()).toEqual([...templated].sort());
      }
    }
  });

  it('resolves every $ref', () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) {
      const pointer = ref.slice('"$ref":"'.length, -1);
      expect(pointer.startsWith('#/')).toBe(true);
      const target = pointer
        .slice(2)
        .split('/')
        .reduce<any>((node, key) => node?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], doc);
      expect(target, pointer).toBeDefined();
    }
  });

  it('documents recursive bodies: by component when registered, as any JSON otherwise', () => {
    const body = (url: string) =>
      doc.paths[url].post.requestBody.content['application/json'].schema;
    // Request schemas are registered as `<id>Input` (zod's input side).
    expect(body('/api/v1/probe/tree')).toEqual({ $ref: '#/components/schemas/ProbeTreeInput' });
    expect(doc.components.schemas.ProbeTreeInput.properties.children.items).toEqual({
      $ref: '#/components/schemas/ProbeTreeInput',
    });
    const anyJson = { description: expect.stringMatching(/Any JSON/) };
    expect(body('/api/v1/probe/loose').properties.root).toEqual(anyJson);
    expect(body('/api/v1/probe/loose-root')).toEqual(anyJson);
  });

  it('lists every /api/v1 route', () => {
    const api = routes.filter(
      (route) => route.url.startsWith('/api/v1/') && route.method !== 'HEAD',
    );
    expect(api.length).toBeGreaterThan(10);
    for (const route of api) {
      const pathName = route.url.replace(/:(\w+)/g, '{$1}');
      expect(
        doc.paths[pathName]?.[route.method.toLowerCase()],
        `${route.method} ${pathName}`,
      ).toBeDefined();
    }
    expect(doc.paths['/api/v1/audit/entries'].get.parameters.map((p: any) => p.name)).toEqual(
      expect.arrayContaining(['actor', 'action', 'from', 'to', 'page', 'pageSize']),
    );
  });
});

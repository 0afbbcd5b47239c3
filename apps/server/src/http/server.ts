import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { assertRouteDeclaresAccess, createAccessGuard } from './access.ts';
import { createWriteAuditHook } from './audit-hook.ts';
import type { ApiApp, AppDeps, AppModule, Authenticator } from './context.ts';
import { errorBody, handleError } from './errors.ts';
import { registerBenchRoutes } from './bench-routes.ts';
import { httpDuration, registerHealthRoutes } from './health.ts';
import { openApiTransform, openApiTransformObject } from './openapi.ts';
import { registerWebApp } from './static.ts';

/** The pieces the HTTP server is assembled from (see app.ts). */
export interface HttpServerParts {
  deps: AppDeps;
  modules: readonly AppModule[];
  authenticator: Authenticator;
  logger: FastifyServerOptions['loggerInstance'];
  webDistDir: string | null;
}

/** Builds the Fastify app: hooks, error mapping, OpenAPI, health, modules, web app. */
export async function createHttpServer(parts: HttpServerParts): Promise<ApiApp> {
  const { deps } = parts;
  const app = Fastify({
    loggerInstance: parts.logger,
    trustProxy: deps.config.trustProxy,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 20 * 1024 * 1024,
    ajv: { customOptions: { coerceTypes: false } },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => handleError(error, request, reply));

  app.decorateRequest('user', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('mustChangePassword', false);
  app.decorateRequest('auditRecorded', false);
  app.decorateRequest('failureCode', null);

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Yuanwu 院务 API', version: '1' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: '__Host-yw_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: openApiTransform,
    transformObject: openApiTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.addHook('onRoute', assertRouteDeclaresAccess);
  app.addHook('onRequest', createAccessGuard(parts.authenticator));
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', String(request.id));
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'SAMEORIGIN');
    reply.header('referrer-policy', 'same-origin');
    // Personal data must never be cached by a browser or proxy (SECURITY.md 24).
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    createWriteAuditHook(deps.audit)(request, reply).then(
      () => done(null, payload),
      (error: unknown) => {
        request.log.error({ err: error }, 'could not write the audit entry');
        reply.status(500);
        done(
          null,
          JSON.stringify(errorBody('internal', '审计日志写入失败，操作结果未知，请联系管理员')),
        );
      },
    );
  });
  // A keep-alive connection whose request still ran when the server began to close would
  // stay open, idle, until its keep-alive timeout (72 s), and keep a stopping process alive
  // that long (Node closes only the connections idle at that moment). Its answer closes it:
  // `Connection: close` when the headers are still to be written, else the socket is ended
  // once the answer is out.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  // After the audit hook, which may wait for the entry's seal while the server begins to close.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  app.addHook('onResponse', async (request, reply) => {
    if (closing) request.raw.socket.end();
    httpDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unknown',
        status: reply.statusCode,
      },
      reply.elapsedTime / 1000,
    );
  });

  registerHealthRoutes(app, deps);
  if (deps.config.benchRoutes) registerBenchRoutes(app, deps);
  for (const module of parts.modules) module.registerRoutes(app, deps);

  const served = parts.webDistDir ? await registerWebApp(app, parts.webDistDir) : false;
  if (!served) {
    app.setNotFoundHandler((_request, reply) =>
      reply.status(404).send(errorBody('not_found', '接口不存在')),
    );
  }
  return app;
}

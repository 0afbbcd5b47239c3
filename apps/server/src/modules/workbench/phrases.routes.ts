import type { ApiApp, AppDeps } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import { addPhrase, deletePhrase, myPhrases } from './phrases.service.ts';
import { phraseBody, phraseParams } from './workbench.schema.ts';

const base = '/api/v1/workbench/phrases';

/** 常用意见: the system's phrases and my own. */
export function registerPhraseRoutes(app: ApiApp, deps: AppDeps): void {
  app.get(base, { config: { access: 'authenticated' } }, async (request) => ({
    items: await inRequestTransaction(request, deps, (ctx) => myPhrases(ctx)),
  }));

  app.post(
    base,
    {
      config: { access: 'authenticated', auditAction: 'workbench.phrase.add' },
      schema: { body: phraseBody },
    },
    async (request, reply) => {
      const { text } = request.body;
      const phrase = await inRequestTransaction(request, deps, (ctx) => addPhrase(ctx, text));
      return reply.status(201).send({ phrase });
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: 'authenticated', auditAction: 'workbench.phrase.remove' },
      schema: { params: phraseParams },
    },
    async (request, reply) => {
      const { id } = request.params;
      await inRequestTransaction(request, deps, (ctx) => deletePhrase(ctx, id));
      return reply.status(204).send();
    },
  );
}

import type { Observer, ViewBody } from './expect.ts';
import type { IdMap } from './ids.ts';
import { outcomeOf, type Answer, type Session } from './session.ts';

/** What differed (as opposed to the runner failing to do its job). */
export class Failure extends Error {}

const base = '/api/v1/workflow';
const show = (answer: Answer) => `${outcomeOf(answer)} ${JSON.stringify(answer.body)}`;

/**
 * How checks read the system: the instance as its initiator sees it (every
 * field, drafts too), as another person sees it, and each person's
 * notifications, all over HTTP.
 */
export function observe(
  instance: { id: string; initiator: string } | null,
  session: (person: string) => Session,
  ids: IdMap,
): Observer {
  const url = () => {
    if (!instance) throw new Failure('no instance to check');
    return `${base}/instances/${instance.id}`;
  };
  return {
    ids,
    view: async () => {
      const answer = await session(instance?.initiator ?? 'admin').get(url());
      if (outcomeOf(answer) !== 'ok') throw new Failure(`reading the instance: ${show(answer)}`);
      return answer.body as ViewBody;
    },
    visibleKeys: async (person) => {
      const answer = await session(person).get(url());
      if (outcomeOf(answer) !== 'ok') return outcomeOf(answer);
      return (answer.body as ViewBody).fields.map((field) => field.key);
    },
    notificationKinds: async (person) => {
      const kinds: string[] = [];
      for (let page = 1; ; page++) {
        const answer = await session(person).get(`${base}/notifications?pageSize=200&page=${page}`);
        if (outcomeOf(answer) !== 'ok') {
          throw new Failure(`notifications of ${person}: ${show(answer)}`);
        }
        const body = answer.body as { items: { kind: string }[]; total: number };
        kinds.push(...body.items.map((item) => item.kind));
        if (body.items.length === 0 || kinds.length >= body.total) return [...new Set(kinds)];
      }
    },
  };
}

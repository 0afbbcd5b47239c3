import { describe, it } from 'vitest';
import { chain, play } from '../testing/fixtures.ts';

const approval = (id: string, people: string[]) => ({ id, type: 'approval', assignee: { people } });
const v1 = chain([approval('a', ['liu'])]);
const v2 = chain([approval('b', ['wang'])]);

describe('drafts', () => {
  it('skip the required check but no other; only the initiator sees or submits them', () => {
    play(v1, [
      { as: 'zhang', do: 'start', draft: true, form: { amount: -1 }, error: 'validation' },
      { as: 'zhang', do: 'start', draft: true, form: { bogus: 1 }, error: 'validation' },
      {
        as: 'zhang',
        do: 'start',
        draft: true,
        form: { reason: '草稿' },
        expect: { status: 'draft', tasks: {}, history: [] },
      },
      { as: 'li', do: 'submit', error: 'forbidden' },
      { as: 'liu', do: 'approve', error: 'forbidden' },
      { as: 'admin', do: 'suspend', error: 'forbidden' },
      { as: 'admin', do: 'terminate', error: 'forbidden' },
      { as: 'li', do: 'read', error: 'forbidden' },
      { as: 'zhang', do: 'withdraw', error: 'conflict' },
      { as: 'zhang', do: 'submit', error: 'validation' },
      {
        as: 'zhang',
        do: 'submit',
        form: { amount: 3 },
        expect: { status: 'running', form: { amount: 3, reason: '草稿' } },
      },
      { as: 'zhang', do: 'submit', error: 'conflict' },
      { expect: { history: [['start', 'zhang', 'submitted']] } },
    ]);
  });

  it('submit uses the version current at submit time; started instances keep theirs', () => {
    play(v1, [
      { as: 'zhang', do: 'start', ref: 'running', form: { amount: 1 } },
      { as: 'zhang', do: 'start', ref: 'draft', draft: true, form: { amount: 1 } },
      { as: 'admin', do: 'deploy', process: v2 },
      { as: 'liu', do: 'deploy', process: v2, error: 'forbidden' },
      { as: 'zhang', do: 'submit', instance: 'draft', expect: { tasks: { b: ['wang'] } } },
      { expect: { tasks: { a: ['liu'] } }, instance: 'running' },
    ]);
  });

  it('defaults fill absent fields when a draft or an instance is created', () => {
    const withDefaults = {
      ...v1,
      form: {
        fields: [
          { key: 'amount', label: '金额', type: 'money', required: true, default: { value: 100 } },
          { key: 'who', label: '申请人', type: 'text', default: { expr: 'initiator.id' } },
        ],
      },
    };
    play(withDefaults, [
      { as: 'zhang', do: 'start', form: {}, expect: { form: { amount: 100, who: 'zhang' } } },
      { as: 'li', do: 'start', form: { amount: 5 }, expect: { form: { amount: 5, who: 'li' } } },
    ]);
  });
});

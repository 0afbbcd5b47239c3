import { describe, it } from 'vitest';
import { chain, play } from '../testing/fixtures.ts';

const form = {
  fields: [
    { key: 'amount', label: '金额', type: 'money', required: true, min: 0 },
    { key: 'double', label: '双倍', type: 'formula', formula: 'amount * 2' },
    { key: 'secret', label: '内部意见', type: 'text' },
    { key: 'note', label: '备注', type: 'text', maxLength: 4 },
  ],
};

const definition = {
  ...chain([
    {
      id: 'cc',
      type: 'notify',
      assignee: { people: ['chen'] },
      fieldPermissions: { secret: 'hidden' },
    },
    {
      id: 'a',
      type: 'approval',
      assignee: { people: ['liu'] },
      fieldPermissions: { secret: 'hidden', note: 'editable' },
    },
    {
      id: 'b',
      type: 'approval',
      assignee: { people: ['liu'] },
      fieldPermissions: { secret: 'editable', note: 'readonly', amount: 'editable' },
    },
  ]),
  form,
};

describe('forms at run time', () => {
  it('formula and non-editable writes are forbidden, even alongside invalid ones', () => {
    play(definition, [
      { as: 'zhang', do: 'start', form: { amount: 1, double: 5 }, error: 'forbidden' },
      { as: 'zhang', do: 'start', form: { amount: 1, double: 5, bogus: 1 }, error: 'forbidden' },
      { as: 'zhang', do: 'start', form: { amount: 1, bogus: 1 }, error: 'validation' },
      { as: 'zhang', do: 'start', form: { note: 'x' }, error: 'validation' },
      {
        as: 'zhang',
        do: 'start',
        form: { amount: 10.5, secret: 's' },
        expect: {
          form: { double: 21 },
          visibleForm: { as: 'liu', hidden: ['secret'] },
        },
      },
      { expect: { visibleForm: { as: 'chen', hidden: ['secret'] } } },
      { expect: { visibleForm: { as: 'zhang', hidden: [] } } },
      { as: 'liu', do: 'approve', form: { secret: 'x', note: 'toolong' }, error: 'forbidden' },
      { as: 'liu', do: 'approve', form: { note: 'toolong' }, error: 'validation' },
      { as: 'liu', do: 'approve', form: { double: 1 }, error: 'forbidden' },
      { as: 'liu', do: 'approve', form: { note: 'ok' }, expect: { form: { note: 'ok' } } },
      { expect: { visibleForm: { as: 'liu', hidden: [] } } },
      { as: 'liu', do: 'approve', form: { note: 'no' }, error: 'forbidden' },
      {
        as: 'liu',
        do: 'approve',
        form: { amount: 3 },
        expect: { status: 'completed', form: { amount: 3, double: 6, note: 'ok', secret: 's' } },
      },
    ]);
  });
});

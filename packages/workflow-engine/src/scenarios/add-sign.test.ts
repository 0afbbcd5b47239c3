import { describe, it } from 'vitest';
import { chain, play } from '../testing/fixtures.ts';

const node = (id: string, people: string[], mode: string) => ({
  id,
  type: 'approval',
  assignee: { people },
  mode,
});

describe('加签 in every mode', () => {
  it('any: approving with an after add-sign cancels the other members at once', () => {
    play(chain([node('lead', ['wang', 'zhao'], 'any'), node('next', ['yuan'], 'any')]), [
      { as: 'zhang', do: 'start', form: { amount: 1 } },
      { as: 'wang', do: 'addSign', to: ['qian', 'sun'], position: 'after' },
      { as: 'wang', do: 'approve', expect: { tasks: { lead: ['qian', 'sun'] } } },
      { as: 'zhao', do: 'approve', error: 'conflict' },
      { as: 'qian', do: 'approve', expect: { tasks: { lead: ['sun'] } } },
      { as: 'sun', do: 'approve', expect: { tasks: { next: ['yuan'] } } },
    ]);
  });

  it('any: a before add-sign holds my task; another member may still pass the node', () => {
    play(chain([node('lead', ['wang', 'zhao'], 'any')]), [
      { as: 'zhang', do: 'start', form: { amount: 1 } },
      {
        as: 'wang',
        do: 'addSign',
        to: ['qian'],
        position: 'before',
        expect: { tasks: { lead: ['qian', 'zhao'] } },
      },
      { as: 'wang', do: 'approve', error: 'conflict' },
      { as: 'zhao', do: 'approve', expect: { status: 'completed', tasks: {} } },
      { as: 'qian', do: 'approve', error: 'conflict' },
    ]);
  });

  it('all: before with several people, all approve, then my task comes back', () => {
    play(chain([node('review', ['wang', 'zhao'], 'all')]), [
      { as: 'zhang', do: 'start', form: { amount: 1 } },
      {
        as: 'wang',
        do: 'addSign',
        to: ['qian', 'sun'],
        position: 'before',
        expect: { tasks: { review: ['qian', 'sun', 'zhao'] } },
      },
      { as: 'qian', do: 'approve', expect: { tasks: { review: ['sun', 'zhao'] } } },
      {
        as: 'sun',
        do: 'approve',
        expect: {
          tasks: { review: ['wang', 'zhao'] },
          notifications: [{ to: 'wang', kind: 'task' }],
        },
      },
      { as: 'zhao', do: 'approve', expect: { tasks: { review: ['wang'] } } },
      { as: 'wang', do: 'approve', expect: { status: 'completed' } },
    ]);
  });

  it('sequence: after-signers decide before the next person in line', () => {
    play(chain([node('seq', ['wang', 'zhao'], 'sequence')]), [
      { as: 'zhang', do: 'start', form: { amount: 1 } },
      { as: 'wang', do: 'addSign', to: ['qian'], position: 'after' },
      { as: 'wang', do: 'approve', expect: { tasks: { seq: ['qian'] } } },
      { as: 'qian', do: 'approve', expect: { tasks: { seq: ['zhao'] } } },
      { as: 'zhao', do: 'approve', expect: { status: 'completed' } },
    ]);
  });

  it('an added person may transfer but not add-sign or return; a rejection rejects the instance', () => {
    play(chain([node('lead', ['wang'], 'any')]), [
      { as: 'zhang', do: 'start', form: { amount: 1 } },
      { as: 'wang', do: 'addSign', to: ['wang'], position: 'before', error: 'validation' },
      { as: 'wang', do: 'addSign', to: ['nobody'], position: 'before', error: 'validation' },
      { as: 'wang', do: 'addSign', to: ['qian'], position: 'before' },
      { as: 'qian', do: 'addSign', to: ['sun'], position: 'after', error: 'forbidden' },
      { as: 'qian', do: 'return', error: 'forbidden' },
      { as: 'qian', do: 'transfer', to: 'sun', expect: { tasks: { lead: ['sun'] } } },
      { as: 'qian', do: 'approve', error: 'conflict' },
      {
        as: 'sun',
        do: 'reject',
        expect: {
          status: 'rejected',
          tasks: {},
          history: [
            ['start', 'zhang', 'submitted'],
            ['lead', 'wang', 'add_signed'],
            ['lead', 'qian', 'transferred'],
            ['lead', 'sun', 'rejected'],
          ],
        },
      },
    ]);
  });

  it('transfer refuses oneself, unknown people and someone already deciding here', () => {
    play(chain([node('review', ['wang', 'zhao'], 'all')]), [
      { as: 'zhang', do: 'start', form: { amount: 1 } },
      { as: 'wang', do: 'transfer', to: 'wang', error: 'validation' },
      { as: 'wang', do: 'transfer', to: 'ghost', error: 'validation' },
      { as: 'wang', do: 'transfer', to: 'zhao', error: 'validation' },
      { as: 'wang', do: 'transfer', to: 'chen', expect: { tasks: { review: ['chen', 'zhao'] } } },
    ]);
  });
});

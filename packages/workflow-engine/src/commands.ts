import { valueSchema } from '@yuanwu/form-engine';
import { z } from 'zod';
import type { Actor } from './ports.ts';

/**
 * The commands on a running instance, as a client sends them (the actor is added by
 * the server from the session). `node` picks my task when I hold several.
 */
const formWrites = z.record(z.string(), valueSchema);
const person = z.string().min(1).max(100);
const node = z.string().min(1).max(100);
const comment = z.string().max(2000);

export const workflowCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('submit'), form: formWrites.optional() }),
  z.object({ type: z.literal('saveDraft'), form: formWrites.optional() }),
  z.object({
    type: z.literal('approve'),
    node: node.optional(),
    comment: comment.optional(),
    form: formWrites.optional(),
  }),
  z.object({ type: z.literal('reject'), node: node.optional(), comment: comment.optional() }),
  z.object({
    type: z.literal('return'),
    node: node.optional(),
    to: node.optional(),
    comment: comment.optional(),
  }),
  z.object({
    type: z.literal('resubmit'),
    form: formWrites.optional(),
    direct: z.boolean().optional(),
  }),
  z.object({ type: z.literal('withdraw') }),
  z.object({
    type: z.literal('transfer'),
    node: node.optional(),
    to: person,
    comment: comment.optional(),
  }),
  z.object({
    type: z.literal('addSign'),
    node: node.optional(),
    to: z.array(person).min(1).max(50),
    position: z.enum(['before', 'after']),
    comment: comment.optional(),
  }),
  z.object({ type: z.literal('urge') }),
  z.object({ type: z.literal('read') }),
  z.object({ type: z.literal('suspend') }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('terminate'), comment: comment.optional() }),
  z.object({ type: z.literal('jump'), to: node, comment: comment.optional() }),
  z.object({
    type: z.literal('reassign'),
    task: z.string().min(1).max(100),
    to: person,
    comment: comment.optional(),
  }),
]);

export type WorkflowCommand = z.infer<typeof workflowCommand>;

/** A command together with who performs it. */
export type WorkflowAction = WorkflowCommand & { actor: Actor };

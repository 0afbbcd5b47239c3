import { newId } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import {
  findAccountByPerson,
  insertAccounts,
  updateAccount,
  usernameTaken,
} from './auth.repository.ts';
import { unusablePasswordHash } from './password.hashing.ts';
import { endSessionsOfAccount } from './session.repository.ts';

/** What identity needs to hear about people; the org module calls these inside its transaction. */
export interface PersonAccountListener {
  /** A new person gets an account that cannot sign in until the security administrator resets it. */
  personCreated(
    ctx: ServiceContext,
    person: { id: string; employeeNo: string; name: string },
  ): Promise<void>;
  /** The person's name changed: the account's display name follows. */
  personRenamed(ctx: ServiceContext, person: { id: string; name: string }): Promise<void>;
  /** The person left or was disabled: the account is disabled and its sessions end now. */
  personDisabled(ctx: ServiceContext, personId: string): Promise<void>;
  /** The person is active again: so is the account (its password is unchanged). */
  personEnabled(ctx: ServiceContext, personId: string): Promise<void>;
}

async function freeUsername(ctx: ServiceContext, wanted: string): Promise<string> {
  if (!(await usernameTaken(ctx.trx, wanted))) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted}-${n}`;
    if (!(await usernameTaken(ctx.trx, candidate))) return candidate;
  }
}

/** The hooks the org module is wired to in the composition root. */
export function createPersonAccountListener(): PersonAccountListener {
  return {
    async personCreated(ctx, person) {
      if (await findAccountByPerson(ctx.trx, person.id)) return;
      const id = newId();
      const username = await freeUsername(ctx, person.employeeNo);
      await insertAccounts(ctx.trx, [
        {
          id,
          username,
          display_name: person.name,
          person_id: person.id,
          admin_kind: null,
          password_hash: unusablePasswordHash(),
          password_changed_at: ctx.now,
          must_change_password: true,
          first_failed_at: null,
          locked_until: null,
          last_login_at: null,
          created_at: ctx.now,
          updated_at: ctx.now,
        },
      ]);
      await ctx.audit({
        action: 'auth.account.create',
        targetType: 'account',
        targetId: id,
        summary: { username, personId: person.id },
      });
    },
    async personRenamed(ctx, person) {
      const account = await findAccountByPerson(ctx.trx, person.id);
      if (!account || account.display_name === person.name) return;
      await updateAccount(ctx.trx, account.id, { display_name: person.name }, ctx.now);
    },
    async personDisabled(ctx, personId) {
      const account = await findAccountByPerson(ctx.trx, personId);
      if (!account) return;
      await updateAccount(ctx.trx, account.id, { status: 'disabled' }, ctx.now);
      const ended = await endSessionsOfAccount(ctx.trx, account.id, 'account_disabled', ctx.now);
      await ctx.audit({
        action: 'auth.account.disable',
        targetType: 'account',
        targetId: account.id,
        summary: { username: account.username, personId, sessionsEnded: ended },
      });
    },
    async personEnabled(ctx, personId) {
      const account = await findAccountByPerson(ctx.trx, personId);
      if (!account || account.status === 'active') return;
      await updateAccount(ctx.trx, account.id, { status: 'active' }, ctx.now);
      await ctx.audit({
        action: 'auth.account.enable',
        targetType: 'account',
        targetId: account.id,
        summary: { username: account.username, personId },
      });
    },
  };
}

import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AdjustableClock } from '@yuanwu/kernel';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { linearProcess } from '../../../test/workflow-world.ts';
import { definitionToSystem } from '../../cli/conformance/definition.ts';
import { IdMap } from '../../cli/conformance/ids.ts';
import { configuredChannels } from './channels.ts';
import { notifyChannelsModule } from './index.ts';
import { createOutboxSweeper } from './outbox.sweeper.ts';

const password = 'World#Pass2026';
const mails: string[] = [];
const sms: { to: string; text: string }[] = [];
const wecom: { touser: string; agentid: number; text: { content: string } }[] = [];
let smsFailures = 1;
let t: TestApp;
let smtp: SMTPServer;
let fake: http.Server;

function startSmtp(): Promise<number> {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      let text = '';
      stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      stream.on('end', () => {
        mails.push(text);
        callback();
      });
    },
  });
  return new Promise((resolve) =>
    smtp.listen(0, '127.0.0.1', () => resolve((smtp.server.address() as AddressInfo).port)),
  );
}

/** A fake SMS gateway (fails once) and a fake WeCom API. */
function startFake(): Promise<number> {
  fake = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://fake');
      response.setHeader('content-type', 'application/json');
      if (url.pathname === '/sms') {
        if (request.headers.authorization !== 'Bearer sms-token')
          return response.writeHead(401).end('{}');
        if (smsFailures-- > 0) return response.writeHead(502).end('{}');
        sms.push(JSON.parse(body) as { to: string; text: string });
        return response.end('{"ok":true}');
      }
      if (url.pathname === '/cgi-bin/gettoken') {
        const ok =
          url.searchParams.get('corpid') === 'corp1' &&
          url.searchParams.get('corpsecret') === 'secret1';
        return response.end(
          JSON.stringify(
            ok ? { errcode: 0, access_token: 'tok', expires_in: 7200 } : { errcode: 40001 },
          ),
        );
      }
      if (
        url.pathname === '/cgi-bin/message/send' &&
        url.searchParams.get('access_token') === 'tok'
      ) {
        wecom.push(JSON.parse(body) as (typeof wecom)[number]);
        return response.end('{"errcode":0,"errmsg":"ok"}');
      }
      return response.writeHead(404).end('{"errcode":404}');
    });
  });
  return new Promise((resolve) =>
    fake.listen(0, '127.0.0.1', () => resolve((fake.address() as AddressInfo).port)),
  );
}

let liuEmployeeNo = '';

beforeAll(async () => {
  const smtpPort = await startSmtp();
  const fakePort = await startFake();
  t = await startTestApp({
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_FROM: '院务系统 <oa@hospital.example>',
    SMS_GATEWAY_URL: `http://127.0.0.1:${fakePort}/sms`,
    SMS_GATEWAY_TOKEN: 'sms-token',
    WECOM_BASE_URL: `http://127.0.0.1:${fakePort}`,
    WECOM_CORP_ID: 'corp1',
    WECOM_SECRET: 'secret1',
    WECOM_AGENT_ID: '1000002',
    PUBLIC_URL: 'https://oa.hospital.example',
  });
  const orgFile = new URL('../../../test/scenarios/s01-drafts.json', import.meta.url);
  const org = (JSON.parse(await readFile(orgFile, 'utf8')) as { org: object }).org;
  const mapping = await t.client().post('/api/v1/test/organisation', { ...org, password });
  const ids = new IdMap(mapping.body as ConstructorParameters<typeof IdMap>[0]);
  const liu = ids.person('liu');
  await t.ownerDb
    .updateTable('person')
    .set({ email: 'liu@hospital.example', phone: '13800000001' })
    .where('id', '=', liu)
    .execute();
  liuEmployeeNo = (
    await t.ownerDb
      .selectFrom('person')
      .select('employee_no')
      .where('id', '=', liu)
      .executeTakeFirstOrThrow()
  ).employee_no;
  const admin = t.client();
  await admin.login('admin', password);
  const leave = linearProcess('leave', [{ id: 'head', assignee: { departmentHead: 'initiator' } }]);
  expect(
    (await admin.post('/api/v1/workflow/processes', definitionToSystem(leave, ids))).status,
  ).toBe(201);
}, 60_000);

afterAll(async () => {
  await t.close();
  await new Promise((resolve) => smtp.close(() => resolve(null)));
  await new Promise((resolve) => fake.close(() => resolve(null)));
});

describe('notification channels', () => {
  it('e-mail, SMS and WeCom each deliver once, retrying only what failed', async () => {
    // Two servers' sweepers race for the same outbox (SKIP LOCKED).
    await notifyChannelsModule.sweeper(t.app.deps).stop();
    const first = notifyChannelsModule.sweeper(t.app.deps);
    const second = createOutboxSweeper(t.app.deps, configuredChannels(t.app.deps));
    const zhang = t.client();
    await zhang.login('zhang', password);
    const started = await zhang.post('/api/v1/workflow/instances', {
      processKey: 'leave',
      form: { amount: 1 },
      title: '张医生请假',
    });
    expect(started.status).toBe(201);
    const queued = await t.ownerDb.selectFrom('notify_outbox').selectAll().execute();
    expect(queued).toHaveLength(1);
    const [a, b] = await Promise.all([first.sweepOnce(), second.sweepOnce()]);
    expect(a + b).toBe(1);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain('liu@hospital.example');
    expect(wecom).toEqual([
      expect.objectContaining({ touser: liuEmployeeNo, agentid: 1000002, msgtype: 'text' }),
    ]);
    expect(wecom[0]?.text.content).toContain('张医生请假');
    expect(wecom[0]?.text.content).toContain('https://oa.hospital.example/workflow/instances/');
    expect(sms).toEqual([]);
    const afterFailure = await t.ownerDb
      .selectFrom('notify_outbox')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(afterFailure).toMatchObject({ attempts: 1, sent_at: null, failed_at: null });
    expect(afterFailure.done_channels.sort()).toEqual(['email', 'wecom']);
    expect(afterFailure.last_error).toContain('sms');
    // Not due yet: nothing is sent again.
    expect(await first.sweepOnce()).toBe(0);
    (t.app.clock as AdjustableClock).advance(61_000);
    expect(await second.sweepOnce()).toBe(1);
    expect(sms).toEqual([
      {
        to: '13800000001',
        text: expect.stringContaining('张医生请假') as string,
        id: afterFailure.notification_id,
      },
    ]);
    expect(mails).toHaveLength(1);
    expect(wecom).toHaveLength(1);
    const done = await t.ownerDb.selectFrom('notify_outbox').selectAll().executeTakeFirstOrThrow();
    expect(done.sent_at).not.toBeNull();
  });

  it('people without an address are skipped silently', async () => {
    const liu = t.client();
    await liu.login('liu', password);
    const before = { mails: mails.length, sms: sms.length, wecom: wecom.length };
    const instance = (
      await t.ownerDb.selectFrom('workflow_instance').select('id').executeTakeFirstOrThrow()
    ).id;
    expect(
      (await liu.post(`/api/v1/workflow/instances/${instance}/approve`, { comment: '同意' }))
        .status,
    ).toBe(200);
    await t.ownerDb
      .updateTable('person')
      .set({ employee_no: ' ' })
      .where('name', '=', '张医生')
      .execute();
    (t.app.clock as AdjustableClock).advance(1_000);
    expect(await notifyChannelsModule.sweeper(t.app.deps).sweepOnce()).toBe(1);
    expect({ mails: mails.length, sms: sms.length, wecom: wecom.length }).toEqual(before);
    const rows = await t.ownerDb.selectFrom('notify_outbox').select(['sent_at']).execute();
    expect(rows.every((row) => row.sent_at !== null)).toBe(true);
  });

  it('a sweep delivers every due notification, batch after batch', async () => {
    const [notification] = await t.ownerDb
      .selectFrom('workflow_notification')
      .selectAll()
      .execute();
    const copies = Array.from({ length: 45 }, () => ({
      ...notification!,
      id: crypto.randomUUID(),
    }));
    await t.ownerDb.insertInto('workflow_notification').values(copies).execute();
    const before = mails.length;
    expect(await notifyChannelsModule.sweeper(t.app.deps).sweepDue()).toBe(45);
    expect(mails.length - before).toBe(45);
  });
});

import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  linearProcess,
  startWorkflowWorld,
  type WorkflowWorld,
} from '../../../test/workflow-world.ts';

let world: WorkflowWorld;
let baseUrl: string;

beforeAll(async () => {
  world = await startWorkflowWorld();
  baseUrl = world.servers[0]!.baseUrl;
  const leave = linearProcess('leave', [{ id: 'head', assignee: { departmentHead: 'initiator' } }]);
  expect((await world.deploy(leave)).status).toBe(201);
}, 60_000);

afterAll(() => world.close());

/** A browser of one person: session cookie and CSRF token, over real HTTP. */
async function browser(username: string) {
  const login = await fetch(new URL('/api/v1/auth/login', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'World#Pass2026' }),
  });
  const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return {
    upload(name: string, bytes: Buffer) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)]), name);
      return fetch(new URL('/api/v1/files', baseUrl), {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrf },
        body: form,
      });
    },
    get: (path: string) => fetch(new URL(path, baseUrl), { headers: { cookie } }),
    delete: (path: string) =>
      fetch(new URL(path, baseUrl), {
        method: 'DELETE',
        headers: { cookie, 'x-csrf-token': csrf },
      }),
  };
}

const pdf = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.alloc(2000, 0x41),
  Buffer.from('\n%%EOF\n'),
]);

describe('files', () => {
  let fileId = '';

  it('uploads a PDF: sniffed type, sha256, the UTF-8 name', async () => {
    const zhang = await browser('zhang');
    const answer = await zhang.upload('请假证明 2026.pdf', pdf);
    expect(answer.status).toBe(201);
    const body = (await answer.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      name: '请假证明 2026.pdf',
      size: pdf.length,
      contentType: 'application/pdf',
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
    fileId = String(body.id);
    const download = await zhang.get(`/api/v1/files/${fileId}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('请假证明 2026.pdf')}`,
    );
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    expect((await zhang.get(`/api/v1/files/${fileId}/meta`)).status).toBe(200);
  });

  it('refuses strangers, unsigned callers and files that are not what they claim', async () => {
    const li = await browser('li');
    expect((await li.get(`/api/v1/files/${fileId}`)).status).toBe(404);
    expect((await li.get(`/api/v1/files/${fileId}/meta`)).status).toBe(404);
    expect((await fetch(new URL(`/api/v1/files/${fileId}`, baseUrl))).status).toBe(401);
    const zhang = await browser('zhang');
    expect((await zhang.upload('page.html', Buffer.from('<script>alert(1)</script>'))).status).toBe(
      400,
    );
    expect((await zhang.upload('fake.pdf', Buffer.from('MZ\x90\x00 not a pdf'))).status).toBe(400);
    expect((await zhang.upload('noext', pdf)).status).toBe(400);
    const text = await zhang.upload('说明.txt', Buffer.from('情况属实\n'));
    expect(text.status).toBe(201);
  });

  it('whoever may read an instance referencing the file may read the file', async () => {
    const instanceId = await world.start('zhang', 'leave', { amount: 1, reason: fileId });
    expect(instanceId).toBeTruthy();
    const liu = await browser('liu');
    expect((await liu.get(`/api/v1/files/${fileId}/meta`)).status).toBe(200);
    expect((await liu.get(`/api/v1/files/${fileId}`)).status).toBe(200);
    const li = await browser('li');
    expect((await li.get(`/api/v1/files/${fileId}/meta`)).status).toBe(404);
  });

  it('only the uploader deletes, softly', async () => {
    const li = await browser('li');
    expect((await li.delete(`/api/v1/files/${fileId}`)).status).toBe(404);
    const zhang = await browser('zhang');
    expect((await zhang.delete(`/api/v1/files/${fileId}`)).status).toBe(204);
    expect((await zhang.get(`/api/v1/files/${fileId}/meta`)).status).toBe(404);
    const row = await world.ownerDb
      .selectFrom('file_object')
      .select('deleted_at')
      .where('id', '=', fileId)
      .executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
    const audited = await world.ownerDb
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', fileId)
      .execute();
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining(['file.upload', 'file.delete']),
    );
  });
});

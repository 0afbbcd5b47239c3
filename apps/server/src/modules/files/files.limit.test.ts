import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { createAccount } from '../../../test/factories/accounts.ts';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ UPLOAD_MAX_MB: '1' });
  await createAccount(t.ownerDb, { username: 'uploader', password: 'Upload#Pass2026' });
}, 60_000);

afterAll(() => t.close());

/** A multipart/form-data body with one file part. */
function multipart(name: string, bytes: Buffer) {
  const boundary = 'yuanwu-test-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

it('refuses a file over UPLOAD_MAX_MB and keeps nothing of it', async () => {
  const client = t.client();
  expect((await client.login('uploader', 'Upload#Pass2026')).status).toBe(200);
  const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1024 * 1024 + 10, 0x41)]);
  const tooBig = multipart('big.pdf', big);
  const refused = await client.request('POST', '/api/v1/files', tooBig.body, {
    'content-type': tooBig.contentType,
  });
  expect(refused.status).toBe(400);
  expect(JSON.stringify(refused.body)).toContain('1 MB');
  const small = multipart('small.pdf', Buffer.from('%PDF-1.7\nsmall\n'));
  const accepted = await client.request('POST', '/api/v1/files', small.body, {
    'content-type': small.contentType,
  });
  expect(accepted.status).toBe(201);
  const rows = await t.ownerDb.selectFrom('file_object').select('name').execute();
  expect(rows.map((row) => row.name)).toEqual(['small.pdf']);
  const notMultipart = await client.post('/api/v1/files', { file: 'x' });
  expect(notMultipart.status).toBe(400);
});

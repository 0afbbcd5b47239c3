import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import type { TestClient } from '../../../test/client.ts';
import { buildPerson, signInAsPerson, signInAsSystemAdmin } from '../../../test/factories/org.ts';
import { paperFormWorkbook } from './test-workbook.ts';

const url = '/api/v1/workflow/forms/import-excel';

/** A multipart/form-data body with one file part named `file`. */
function multipart(fileName: string, bytes: Buffer): { body: Buffer; type: string } {
  const boundary = '----yuanwu-test-boundary';
  const head =
    `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${fileName}"\r\n` +
    'content-type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n';
  const body = Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

describe('form tools routes', () => {
  let t: TestApp;
  let designer: TestClient;

  beforeAll(async () => {
    t = await startTestApp();
    designer = await signInAsSystemAdmin(t);
  });
  afterAll(() => t.close());

  const upload = (client: TestClient, name: string, bytes: Buffer) => {
    const { body, type } = multipart(name, bytes);
    return client.request('POST', url, body, { 'content-type': type });
  };

  it('proposes a form from an uploaded paper-form workbook and audits it', async () => {
    const response = await upload(designer, 'trip.xlsx', await paperFormWorkbook());
    expect(response.status).toBe(200);
    expect(response.body.title).toBe('出差申请表');
    expect(response.body.sheet).toBe('出差申请');
    expect(response.body.form.fields).toHaveLength(8);
    const audit = await t.ownerDb
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'workflow.form.import-excel')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(1);
  });

  it('also takes the workbook as the raw request body', async () => {
    const response = await designer.request('POST', url, await paperFormWorkbook(), {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(response.status).toBe(200);
    expect(response.body.form.fields[0].label).toBe('申请人');
  });

  it('refuses a file that is not a workbook, and a request without a file', async () => {
    const broken = await upload(designer, 'note.xlsx', Buffer.from('not a workbook'));
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('validation');
    const json = await designer.post(url, { file: 'x' });
    expect(json.status).toBe(400);
  });

  it('is for designers only', async () => {
    const person = await buildPerson(t.ownerDb);
    const client = await signInAsPerson(t, person.id);
    const response = await upload(client, 'trip.xlsx', await paperFormWorkbook());
    expect(response.status).toBe(403);
  });

  it('suggests unique pinyin keys for labels', async () => {
    const response = await designer.get(
      '/api/v1/workflow/forms/key-suggestion?label=请假天数&taken=qingJiaTianShu',
    );
    expect(response.body).toEqual({ key: 'qingJiaTianShu2' });
  });
});

// `npm run audit:archive -- --before <date> --out <file>`: copies the audit
// entries recorded before a date, with their MACs, to a JSON-lines file and a
// manifest, so the log can be kept off the machine. Nothing is deleted.
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { newId, systemClock } from '@yuanwu/kernel';
import {
  archiveAuditLog,
  createAuditRecorder,
  loadAuditKey,
  parseOperatorInstant,
} from '../modules/audit/index.ts';
import { exitWith, loadCommandConfig, openCommandDatabase } from './connect.ts';

const usage =
  'Usage: npm run audit:archive -- --before <YYYY-MM-DD or ISO time> --out <file.jsonl>\n';

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}`);
  process.exit(2);
}

const config = loadCommandConfig();
let args;
try {
  args = parseArgs({ options: { before: { type: 'string' }, out: { type: 'string' } } }).values;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (!args.before || !args.out) fail('Both --before and --out are required.');
const before = parseOperatorInstant(args.before, config.timeZone);
if (!before) fail(`--before "${args.before}" is neither YYYY-MM-DD nor an ISO time with a zone.`);
// npm runs scripts from the repository root; a relative --out means where the operator stood.
const outFile = path.resolve(process.env.INIT_CWD ?? process.cwd(), args.out);

const { db, close } = await openCommandDatabase(config);
let exitCode = 0;
try {
  const key = await loadAuditKey(config.auditKeyFile);
  const manifest = await archiveAuditLog(db, key, { before, outFile, now: systemClock.now() });
  // Copying the log is itself a download of audit records (SECURITY.md 17).
  await createAuditRecorder(db, key, systemClock).recordAlone(
    {
      accountId: null,
      username: `cli:${userInfo().username}`,
      name: '运维命令 audit:archive',
      ip: '',
      userAgent: 'audit:archive',
      requestId: newId(),
    },
    {
      action: 'audit.archive',
      targetType: 'audit_log',
      summary: {
        before: manifest.before,
        file: manifest.file,
        entries: manifest.entries,
        lastSeq: manifest.lastSeq,
        sha256: manifest.sha256,
        intact: manifest.intact,
      },
    },
  );
  process.stdout.write(
    `Archived ${manifest.entries} audit entries recorded before ${manifest.before} to ${outFile} (manifest: ${outFile}.manifest.json).\n`,
  );
  if (!manifest.intact && manifest.brokenAt) {
    process.stdout.write(
      `WARNING: the chain is BROKEN at entry seq=${manifest.brokenAt.seq} id=${manifest.brokenAt.id}: ${manifest.brokenAt.reason}.\n`,
    );
    exitCode = 1;
  }
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== 'EEXIST') throw error;
  // Not fail(): the database opened above must still be closed.
  process.stderr.write(`${outFile} (or its manifest) already exists; choose a new file.\n`);
  exitCode = 2;
} finally {
  await close();
}
exitWith(exitCode);

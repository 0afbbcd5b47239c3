// `npm run audit:verify`: walks the audit chain and names the first broken entry.
import { loadConfig } from '../config.ts';
import { loadAuditKey, verifyAuditChain } from '../modules/audit/index.ts';
import { openCommandDatabase } from './connect.ts';

const config = loadConfig();
const { db, close } = await openCommandDatabase(config);
try {
  const verdict = await verifyAuditChain(db, await loadAuditKey(config.auditKeyFile));
  if (verdict.intact) {
    process.stdout.write(`Audit chain intact: ${verdict.entries} entries verified.\n`);
  } else {
    process.stdout.write(
      `Audit chain BROKEN at entry seq=${verdict.brokenAt.seq} id=${verdict.brokenAt.id}: ${verdict.brokenAt.reason}. ${verdict.entries} entries before it are intact.\n`,
    );
    process.exitCode = 1;
  }
} finally {
  await close();
}

// `npm run audit:verify`: walks the audit chain and names the first broken entry.
import { loadAuditKey, verifyAuditChain } from '../modules/audit/index.ts';
import { exitWith, loadCommandConfig, openCommandDatabase } from './connect.ts';

const config = loadCommandConfig();
const { db, close } = await openCommandDatabase(config);
let exitCode = 0;
try {
  const verdict = await verifyAuditChain(db, await loadAuditKey(config.auditKeyFile));
  if (verdict.intact) {
    process.stdout.write(`Audit chain intact: ${verdict.entries} entries verified.\n`);
  } else {
    process.stdout.write(
      `Audit chain BROKEN at entry seq=${verdict.brokenAt.seq} id=${verdict.brokenAt.id}: ${verdict.brokenAt.reason}. ${verdict.entries} entries before it are intact.\n`,
    );
    exitCode = 1;
  }
} finally {
  await close();
}
exitWith(exitCode);

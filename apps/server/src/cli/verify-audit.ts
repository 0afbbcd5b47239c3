// `npm run audit:verify`: walks the audit chain and names the first broken entry.
import { loadConfig } from '../config.ts';
import { createDb } from '../db/database.ts';
import { startEmbeddedPostgres } from '../db/embedded.ts';
import { provisionEmbeddedDatabase } from '../db/provision.ts';
import { loadAuditKey, verifyAuditChain } from '../modules/audit/index.ts';

const config = loadConfig();
let url = config.databaseUrl;
let stop = async () => {};
if (!url) {
  const cluster = await startEmbeddedPostgres(config.dataDir);
  url = (await provisionEmbeddedDatabase(cluster, config.dataDir)).appUrl;
  stop = () => cluster.stop();
}
const db = createDb(url, { max: 1 });
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
  await db.destroy();
  await stop();
}

import type { AppModule } from '../../http/context.ts';
import { registerAuditRoutes } from './audit.routes.ts';

export type { AuditActor, AuditEvent, AuditRecorder } from '../../platform/audit.ts';
export { createAuditRecorder } from './audit.recorder.ts';
export { startAuditSealing } from './audit.sweeper.ts';
export { loadAuditKey } from './audit.key.ts';
export { verifyAuditChain, type ChainVerdict } from './audit.verify.ts';
export { archiveAuditLog, type ArchiveManifest } from './audit.archive.ts';
export { parseOperatorInstant } from './audit.time.ts';

/** The audit administrator's module: search, export and verification of the chained log. */
export const auditModule: AppModule = {
  name: 'audit',
  registerRoutes: registerAuditRoutes,
};

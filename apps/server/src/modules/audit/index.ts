export type { AuditActor, AuditEvent, AuditRecorder } from './audit.recorder.ts';
export { createAuditRecorder } from './audit.recorder.ts';
export { loadAuditKey } from './audit.key.ts';
export { verifyAuditChain, type ChainVerdict } from './audit.verify.ts';

import type { InstanceStatus } from './state.ts';
import { clearActivity } from './tasks.ts';
import { notify, nowIso, type Tx } from './tx.ts';

/** Ends the instance; the initiator hears the result when it completes, is rejected or terminated. */
export function finishInstance(
  tx: Tx,
  status: Extract<InstanceStatus, 'completed' | 'rejected' | 'terminated'>,
): void {
  clearActivity(tx);
  tx.state.status = status;
  tx.state.awaitingResubmit = null;
  tx.state.endedAt = nowIso(tx);
  notify(tx, tx.state.initiator.id, 'result');
}

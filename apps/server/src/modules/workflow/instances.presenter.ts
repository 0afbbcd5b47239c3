import type { ActionResponse } from '@yuanwu/contracts';
import type { ActionResult } from './instances.service.ts';

export type { ActionResponse };

export function presentActionResult(result: ActionResult): ActionResponse {
  return {
    instance: {
      id: result.id,
      title: result.title,
      status: result.status,
      revision: result.revision,
    },
  };
}
